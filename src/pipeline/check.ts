// `npm run check`: rebuilds everything into a temporary folder and compares it byte for byte
// with data/processed/ and reports/ in the working tree. Holds the project's build lock while it
// runs, so it never compares a tree that a build is updating. Writes nothing in the project but
// the lock.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listFiles } from '../io';
import { commitPending, journalPath } from './commit';
import { BuildError } from './errors';
import { takeLock } from './lock';
import { projectPaths, type Paths } from './paths';
import { text } from '../messages';
import { build } from './run';
import type { Log } from './stages';

export function compareTrees(expected: string, actual: string, label: string): string[] {
  const rel = (root: string) => new Set(listFiles(root).map((f) => path.relative(root, f)));
  const want = rel(expected);
  const have = rel(actual);
  const out: string[] = [];
  for (const f of [...new Set([...want, ...have])].sort()) {
    if (!have.has(f)) out.push(`${label}/${f} (missing)`);
    else if (!want.has(f)) out.push(`${label}/${f} (not produced by the build)`);
    else if (!fs.readFileSync(path.join(expected, f)).equals(fs.readFileSync(path.join(actual, f)))) out.push(`${label}/${f} (differs)`);
  }
  return out;
}

export async function check(root: string, log: Log, waitMs = 15 * 60_000): Promise<string[]> {
  const here = projectPaths(root);
  const lock = await takeLock(path.join(here.cache, 'build.lock'), waitMs, () => log.line(text.lockHeld(path.join(here.cache, 'build.lock'))));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-check-'));
  try {
    if (commitPending(here)) throw new BuildError(text.commitPending(journalPath(here)));
    const p: Paths = projectPaths(root, tmp);
    await build(p, { force: true, log: { line: () => undefined }, waitMs: 0 });
    lock.assertHeld();
    return [
      ...compareTrees(p.processed, here.processed, 'data/processed'),
      ...compareTrees(p.reports, here.reports, 'reports'),
    ];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    lock.release();
  }
}
