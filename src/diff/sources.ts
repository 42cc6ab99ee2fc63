// Reads the two sides of `npm run diff`: the raw tables and the findings they produce, in the
// working tree and at a git revision. The findings at the revision come from the revision's own
// code: when src/ (or the lockfile, or the compiler settings) differ, the revision is exported to
// a temporary folder, compiled and its processed stage run there; otherwise the current code is
// run on the revision's raw data (and data/external/), in this process. Writes only in the
// temporary folder.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataError, today } from '../pipeline/errors';
import { makeOutputs } from '../pipeline/outputs';
import { hasErrors } from '../issues';
import { loadRecord } from '../load/record';
import { diffText, formatIssue } from '../messages';
import type { Files } from './findings';

export interface Side { readonly processed: Files; readonly raw: Files }

const RAW = 'data/raw';
/** Third-party extracts the loader derives evidence from (data/external/README.md): inputs of the findings too. */
const EXTERNAL = 'data/external';
const CODE = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', [...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The full commit id of `rev`, or an error that says what was wrong. */
export function resolveRev(root: string, rev: string): string {
  try {
    git(root, ['rev-parse', '--git-dir']);
  } catch {
    throw new DataError([diffText.notGit(root)]);
  }
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).trim();
  } catch {
    throw new DataError([diffText.badRev(rev)]);
  }
}

/** CSV files below a folder of the working tree, keyed by their path inside it. */
function csvNow(root: string, folder: string): Map<string, string> {
  const dir = path.join(root, folder);
  const walk = (d: string): string[] => (fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)])) : []);
  const files = walk(dir).filter((f) => f.endsWith('.csv')).map((f) => path.relative(dir, f).split(path.sep).join('/')).sort();
  return new Map(files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

/** The same at a commit (empty when the folder did not exist then). */
function csvAt(root: string, commit: string, folder: string): Map<string, string> {
  const names = git(root, ['ls-tree', '-r', '--name-only', commit, '--', `${folder}/`]).split('\n').filter((f) => f.endsWith('.csv')).sort();
  return new Map(names.map((f) => [f.slice(folder.length + 1), git(root, ['show', `${commit}:${f}`])]));
}

/** The processed files that the current code makes from raw tables and external extracts. */
function processedFrom(raw: Files, external: Files, side: string): Map<string, string> {
  const bytes = (text: string | undefined) => (text === undefined ? undefined : Buffer.from(text, 'utf8'));
  const loaded = loadRecord((f) => {
    const b = bytes(raw.get(f));
    if (b === undefined) throw new Error('missing');
    return b;
    // No data/external/ (a commit from before it existed, a small test record): nothing to derive from it.
  }, RAW, { today: today() }, external.size ? { read: (f) => bytes(external.get(f)), dir: EXTERNAL } : undefined);
  if (hasErrors(loaded.issues)) throw new DataError([diffText.badData(side), ...loaded.issues.filter((i) => i.severity === 'error').map(formatIssue)]);
  return makeOutputs(loaded.record, { today: today() }, {}).files;
}

/** Whether the code that makes the findings differs between the working tree and `commit`. */
export function codeChanged(root: string, commit: string): boolean {
  const tracked = git(root, ['diff', '--name-only', commit, '--', ...CODE]).trim();
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '--', ...CODE]).trim();
  return tracked !== '' || untracked !== '';
}

/** Exports `commit`, compiles it and runs its processed stage; returns its data/processed files. */
function processedBuiltAt(root: string, commit: string): Map<string, string> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-diff-'));
  try {
    execFileSync('git', ['archive', '--format=tar', '-o', path.join(tmp, 'rev.tar'), commit], { cwd: root });
    execFileSync('tar', ['-xf', 'rev.tar'], { cwd: tmp });
    fs.rmSync(path.join(tmp, 'rev.tar'));
    fs.rmSync(path.join(tmp, 'data', 'processed'), { recursive: true, force: true });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(tmp, 'node_modules'));
    const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: tmp, env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'ignore', 'pipe'] });
    run([path.join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
    run([path.join('dist', 'cli', 'index.js'), 'build', '--only', 'processed']);
    const dir = path.join(tmp, 'data', 'processed');
    return new Map(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function workingTree(root: string): Side {
  const raw = csvNow(root, RAW);
  return { raw, processed: processedFrom(raw, csvNow(root, EXTERNAL), 'in the working tree') };
}

export function atRevision(root: string, commit: string): Side {
  const raw = csvAt(root, commit, RAW);
  if (codeChanged(root, commit)) return { raw, processed: processedBuiltAt(root, commit) };
  return { raw, processed: processedFrom(raw, csvAt(root, commit, EXTERNAL), `at ${commit.slice(0, 12)}`) };
}
