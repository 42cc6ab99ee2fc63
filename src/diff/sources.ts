// Reads the two sides of `npm run diff`: the raw tables and the findings they produce, in the
// working tree and at a git revision. The findings at the revision come from the revision's own
// code: when src/ (or the lockfile, or the compiler settings) differ, the revision is exported to
// a temporary folder, compiled and its processed stage run there; otherwise the current code is
// run on the revision's raw data, in this process. Writes only in the temporary folder.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataError, today } from '../build/errors';
import { makeOutputs } from '../build/outputs';
import { hasErrors } from '../issues';
import { loadRecord } from '../load/record';
import { diffText, formatIssue } from '../messages';
import type { Files } from './findings';

export interface Side { readonly processed: Files; readonly raw: Files }

const RAW = 'data/raw';
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

function rawNow(root: string): Map<string, string> {
  const dir = path.join(root, RAW);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.csv')).sort() : [];
  return new Map(files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

function rawAt(root: string, commit: string): Map<string, string> {
  const names = git(root, ['ls-tree', '--name-only', `${commit}:${RAW}`]).split('\n').filter((f) => f.endsWith('.csv')).sort();
  return new Map(names.map((f) => [f, git(root, ['show', `${commit}:${RAW}/${f}`])]));
}

/** The processed files that the current code makes from raw tables. */
function processedFrom(raw: Files, side: string): Map<string, string> {
  const loaded = loadRecord((f) => {
    const text = raw.get(f);
    if (text === undefined) throw new Error('missing');
    return Buffer.from(text, 'utf8');
  }, RAW, { today: today() });
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
  const raw = rawNow(root);
  return { raw, processed: processedFrom(raw, 'in the working tree') };
}

export function atRevision(root: string, commit: string): Side {
  const raw = rawAt(root, commit);
  return { raw, processed: codeChanged(root, commit) ? processedBuiltAt(root, commit) : processedFrom(raw, `at ${commit.slice(0, 12)}`) };
}
