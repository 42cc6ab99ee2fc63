// `npm run check`: rebuilds everything into a temporary folder and compares it byte for byte
// with data/processed/ and reports/ in the working tree. Writes nothing in the project.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listFiles } from '../io';
import { projectPaths, type Paths } from './paths';
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

export async function check(root: string, log: Log): Promise<string[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-check-'));
  try {
    const p: Paths = projectPaths(root, tmp);
    await build(p, { force: true, log, waitMs: 0 });
    const here = projectPaths(root);
    return [
      ...compareTrees(p.processed, here.processed, 'data/processed'),
      ...compareTrees(p.reports, here.reports, 'reports'),
    ];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
