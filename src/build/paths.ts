// Where the build reads and writes. `npm run check` points the outputs at a temporary folder.
import * as path from 'node:path';

export interface Paths {
  readonly root: string;
  readonly raw: string;
  readonly processed: string;
  readonly reports: string;
  readonly notebooks: string;
  readonly cache: string; // executed notebooks and the build state
  readonly dist: string;
}

export const ROOT = path.resolve(__dirname, '..', '..');

export function projectPaths(root = ROOT, out?: string): Paths {
  const base = out ?? root;
  return {
    root,
    raw: path.join(root, 'data', 'raw'),
    processed: path.join(base, 'data', 'processed'),
    reports: path.join(base, 'reports'),
    notebooks: path.join(root, 'notebooks'),
    cache: path.join(base, '.cache'),
    dist: path.join(root, 'dist'),
  };
}
