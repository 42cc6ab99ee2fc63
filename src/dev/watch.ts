// Watches what the build reads (data/raw/*.csv, notebooks/NN-*.ipynb, src/**/*.ts) and reports
// batches of changes, each sorted into the kind of input it touches. Editors save in bursts
// (temporary file, rename, chmod), so events are gathered for a short quiet period first.
// Reads nothing but directory events; writes nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Paths } from '../pipeline/paths';

export type Change = 'raw' | 'notebook' | 'src';

/** The kind of input a changed file is, or undefined when the build does not read it. */
export function classify(p: Paths, file: string): Change | undefined {
  const rel = path.relative(p.root, file).split(path.sep).join('/');
  if (/^data\/raw\/[^/]+\.csv$/.test(rel)) return 'raw';
  if (/^notebooks\/\d\d-[a-z0-9-]+\.ipynb$/.test(rel)) return 'notebook';
  if (/^src\/.+\.ts$/.test(rel) || /^tsconfig(\.[a-z]+)?\.json$/.test(rel)) return 'src';
  return undefined;
}

export interface Watcher {
  close(): void;
}

export function watchInputs(p: Paths, onChanges: (kinds: ReadonlySet<Change>, files: readonly string[]) => void, quietMs = 40): Watcher {
  let kinds = new Set<Change>();
  let files = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const seen = (dir: string) => (_event: string, name: string | Buffer | null) => {
    if (!name) return;
    const file = path.join(dir, name.toString());
    const kind = classify(p, file);
    if (!kind) return;
    kinds.add(kind);
    files.add(path.relative(p.root, file));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const batch = { kinds, files: [...files].sort() };
      kinds = new Set();
      files = new Set();
      onChanges(batch.kinds, batch.files);
    }, quietMs);
  };
  const src = path.join(p.root, 'src');
  const watchers = [
    fs.watch(p.raw, seen(p.raw)),
    fs.watch(p.notebooks, seen(p.notebooks)),
    fs.watch(p.root, seen(p.root)), // tsconfig*.json
    ...(fs.existsSync(src) ? [fs.watch(src, { recursive: true }, seen(src))] : []),
  ];
  return {
    close() {
      clearTimeout(timer);
      watchers.forEach((w) => w.close());
    },
  };
}
