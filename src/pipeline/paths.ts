// Where the build reads and writes. `npm run check` points the outputs at a temporary folder, and
// a running build writes into a staging view of the outputs (see commit.ts) before swapping it in.
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

/** The staging view of `p`: the same inputs, outputs under .cache/next/ (swapped in by commit.ts). */
export function stagingPaths(p: Paths): Paths {
  const next = path.join(p.cache, 'next');
  return { ...p, processed: path.join(next, 'data', 'processed'), reports: path.join(next, 'reports'), cache: next };
}

/**
 * A file's name for hashing and the build state: relative to the folder it belongs to, never
 * absolute, so that a moved or fresh checkout (and a staging view) hashes the same.
 */
export function logicalName(p: Paths, file: string): string {
  const under = (dir: string, label: string) => (file.startsWith(dir + path.sep) ? `${label}/${below(dir, file)}` : undefined);
  return (
    under(p.processed, 'data/processed') ??
    under(p.reports, 'reports') ??
    under(p.cache, '.cache') ??
    below(p.root, file).split(path.sep).join('/')
  );
}

/**
 * `path.relative(dir, file)`, without its cost (it resolves both paths) for the usual case, a
 * normalised file below `dir`: a no-op build names every input and output of every stage.
 */
function below(dir: string, file: string): string {
  const rest = file.slice(dir.length + 1);
  const plain = file.startsWith(dir + path.sep) && rest !== '' && !rest.split(path.sep).some((s) => s === '' || s === '.' || s === '..');
  return plain ? rest : path.relative(dir, file);
}

/** The files the stages read and write, named once for all of them. */
export const rawFiles = (p: Paths) => [...listFiles(p.raw, (f) => f.endsWith('.csv')), ...listFiles(p.external, (f) => f.endsWith('.csv'))];
export const processedFiles = (p: Paths) => listFiles(p.processed, (f) => f.endsWith('.csv') || f.endsWith('.json') || f.endsWith('.jsonld'));
export const reportFiles = (p: Paths) => listFiles(p.reports, (f) => f.endsWith('.html'));

/**
 * The notebooks the build runs: notebooks/NN-name.ipynb only, at the top of the folder. Jupyter's
 * .ipynb_checkpoints/ and other hidden or nested folders are never read.
 */
export function notebookFiles(p: Paths): string[] {
  if (!fs.existsSync(p.notebooks)) return [];
  return fs
    .readdirSync(p.notebooks, { withFileTypes: true })
    .filter((e) => e.isFile() && /^\d\d-[a-z0-9-]+\.ipynb$/.test(e.name) && !e.name.endsWith('-checkpoint.ipynb'))
    .map((e) => path.join(p.notebooks, e.name))
    .sort();
}
export const executedPath = (p: Paths, nb: string) => path.join(p.cache, 'executed', path.basename(nb));
export const reportName = (nb: string) => path.basename(nb).replace(/\.ipynb$/, '.html');

/** sha256 of each file, keyed by its path relative to the project root (for provenance). */
export function relHashes(p: Paths, files: readonly string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [path.relative(p.root, f), sha256(buildContent(f))]));
}

/** How the loader reads data/external/: a missing file is reported by the loader, not thrown. */
export function externalReader(p: Pick<Paths, 'root' | 'external'>): { read: (name: string) => Uint8Array | undefined; dir: string } {
  return {
    read: (name) => (fs.existsSync(path.join(p.external, name)) ? fs.readFileSync(path.join(p.external, name)) : undefined),
    dir: path.relative(p.root, p.external),
  };
}
