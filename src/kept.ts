// Values made from files' bytes, kept for the life of the process by the bytes' sha256, on
// globalThis. A warm kernel of `npm run dev` forgets the project's modules before every run (so
// that a notebook sees new code and data); what is kept here survives that, so a notebook run
// again on unchanged files does not parse them again. Sound because the key is the content itself
// (and the kernel is replaced when the code changes). One value per name: the newest replaces it.
import { createHash } from 'node:crypto';

const STORE = Symbol.for('dprk.kept-by-content');

type Store = Map<string, { readonly key: string; readonly value: unknown }>;

function store(): Store {
  const g = globalThis as { [STORE]?: Store };
  return (g[STORE] ??= new Map());
}

/** `make()`, or the value it made for the same `name` and the same `parts` (bytes or text). */
export function keptByContent<T>(name: string, parts: readonly (string | Uint8Array)[], make: () => T): T {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(typeof p === 'string' ? `s${Buffer.byteLength(p)}:` : `b${p.byteLength}:`);
    h.update(p);
  }
  const key = h.digest('hex');
  const hit = store().get(name);
  if (hit && hit.key === key) return hit.value as T;
  const value = make();
  store().set(name, { key, value });
  return value;
}
