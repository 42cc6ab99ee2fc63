// Where the build reads and writes. `npm run check` points the outputs at a temporary folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildContent, listFiles, sha256 } from '../io';

export interface Paths {
  readonly root: string;
  readonly raw: string;
  readonly external: string; // third-party datasets, read-only (data/external/README.md)
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
    external: path.join(root, 'data', 'external'),
    processed: path.join(base, 'data', 'processed'),
    reports: path.join(base, 'reports'),
    notebooks: path.join(root, 'notebooks'),
    cache: path.join(base, '.cache'),
    dist: path.join(root, 'dist'),
  };
}

/** The files the stages read and write, named once for all of them. */
export const rawFiles = (p: Paths) => [...listFiles(p.raw, (f) => f.endsWith('.csv')), ...listFiles(p.external, (f) => f.endsWith('.csv'))];
export const processedFiles = (p: Paths) => listFiles(p.processed, (f) => f.endsWith('.csv') || f.endsWith('.json'));
export const notebookFiles = (p: Paths) => listFiles(p.notebooks, (f) => /\/\d\d-[a-z0-9-]+\.ipynb$/.test(f));
export const executedPath = (p: Paths, nb: string) => path.join(p.cache, 'executed', path.basename(nb));
export const reportName = (nb: string) => path.basename(nb).replace(/\.ipynb$/, '.html');

/** sha256 of each file, keyed by its path relative to the project root (for provenance). */
export function relHashes(p: Paths, files: readonly string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [path.relative(p.root, f), sha256(buildContent(f))]));
}

/** How the loader reads data/external/: a missing file is reported by the loader, not thrown. */
export function externalReader(p: Paths): { read: (name: string) => Uint8Array | undefined; dir: string } {
  return {
    read: (name) => (fs.existsSync(path.join(p.external, name)) ? fs.readFileSync(path.join(p.external, name)) : undefined),
    dir: path.relative(p.root, p.external),
  };
}
