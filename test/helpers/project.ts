// Temporary project roots for build tests, made by src/pipeline/workspace.ts (raw data, notebooks,
// scripts, dist and the package files copied, so a test may change them; node_modules and
// .jupyter symlinked). Builds in a temporary root never touch the project's outputs.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

export const MAIN = path.resolve(__dirname, '..', '..');
const require_ = createRequire(__filename);

/** The compiled build modules (the same code `node dist/cli/index.js build` runs). */
export const dist = {
  run: require_(path.join(MAIN, 'dist', 'pipeline', 'run.js')) as typeof import('../../src/pipeline/run'),
  paths: require_(path.join(MAIN, 'dist', 'pipeline', 'paths.js')) as typeof import('../../src/pipeline/paths'),
  stages: require_(path.join(MAIN, 'dist', 'pipeline', 'stages.js')) as typeof import('../../src/pipeline/stages'),
  runner: require_(path.join(MAIN, 'dist', 'pipeline', 'notebook-runner.js')) as typeof import('../../src/pipeline/notebook-runner'),
  messages: require_(path.join(MAIN, 'dist', 'messages.js')) as typeof import('../../src/messages'),
  record: require_(path.join(MAIN, 'dist', 'load', 'record.js')) as typeof import('../../src/load/record'),
  workspace: require_(path.join(MAIN, 'dist', 'pipeline', 'workspace.js')) as typeof import('../../src/pipeline/workspace'),
  check: require_(path.join(MAIN, 'dist', 'pipeline', 'check.js')) as typeof import('../../src/pipeline/check'),
};

export interface TempProject {
  readonly root: string;
  readonly raw: string;
  readonly notebooks: string;
  /** Paths of the temp project, outputs in the project itself or in `out`. */
  paths(out?: string): import('../../src/pipeline/paths').Paths;
  /** Builds in-process; the log lines are collected in `lines`. */
  build(opts?: { force?: boolean; out?: string; waitMs?: number }): Promise<{ lines: string[]; results: import('../../src/pipeline/run').StageResult[] }>;
  remove(): void;
}

export function tempProject(prefix = 'dprk-test-'): TempProject {
  const root = dist.workspace.makeWorkspace(MAIN, prefix);
  const paths = (out?: string) => dist.paths.projectPaths(root, out);
  return {
    root,
    raw: path.join(root, 'data', 'raw'),
    notebooks: path.join(root, 'notebooks'),
    paths,
    async build(opts = {}) {
      const lines: string[] = [];
      const results = await dist.run.build(paths(opts.out), { force: opts.force ?? false, waitMs: opts.waitMs ?? 60_000, log: { line: (t) => lines.push(t) } });
      return { lines, results };
    },
    remove() {
      killStrays(root);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

export const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** sha256 of every file under data/processed and reports of `base` (paths relative to base). */
export function snapshot(base: string, dirs: readonly string[] = ['data/processed', 'reports']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of dirs) for (const f of walk(path.join(base, d)).sort()) out[path.relative(base, f)] = sha(fs.readFileSync(f));
  return out;
}

export const isTemporary = (f: string) => /\.tmp-\d+-\d+$/.test(f);

/** Edits a file of the temp project in place. */
export function edit(file: string, change: (text: string) => string): void {
  const before = fs.readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  fs.writeFileSync(file, after);
}

/** Replaces one field of the data row whose first field is `key` (simple, unquoted-key CSV). */
export function setCsvField(file: string, key: string, column: string, value: string): void {
  edit(file, (text) => {
    const lines = text.split('\n');
    const header = lines[0]!.split(',');
    const col = header.indexOf(column);
    if (col < 0) throw new Error(`no column ${column} in ${file}`);
    const i = lines.findIndex((l, n) => n > 0 && l.startsWith(`${key},`));
    if (i < 0) throw new Error(`no row ${key} in ${file}`);
    const fields = splitCsvLine(lines[i]!);
    fields[col] = /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    lines[i] = fields.join(',');
    return lines.join('\n');
  });
}

/** Splits one CSV line into raw (still quoted) fields. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export interface ChildBuild {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves with the exit code (or the signal) when the process ends. */
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when a stdout line matches. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGKILL to the build's whole process group (node, python runners; kernels are handled by killStrays). */
  kill(): void;
}

/** Starts a build of `root` in a separate process group. */
export function spawnBuild(root: string, opts: { force?: boolean; out?: string } = {}): ChildBuild {
  const args = [path.join(__dirname, 'build-child.cjs'), root, ...(opts.out ? [opts.out] : []), ...(opts.force ? ['--force'] : [])];
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' } });
  let out = '';
  let err = '';
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stdout!.on('data', (c: string) => {
    out += c;
    for (const w of [...waiters]) {
      const line = out.split('\n').find((l) => w.re.test(l));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr!.on('data', (c: string) => (err += c));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    done,
    waitFor(re, timeoutMs = 120_000) {
      const line = out.split('\n').find((l) => re.test(l));
      if (line !== undefined) return Promise.resolve(line);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`timed out waiting for ${re} in:\n${out}\n${err}`)), timeoutMs);
        waiters.push({ re, resolve: (l) => (clearTimeout(t), resolve(l)) });
        void done.then(() => setTimeout(() => reject(new Error(`build ended before ${re}:\n${out}\n${err}`)), 50));
      });
    },
    kill() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    },
  };
}

/**
 * Kills (by pid) processes left by a killed build of `root`: Jupyter starts kernels in their own
 * session, so a process-group kill misses them. They are recognised by DPRK_PROCESSED_DIR, which
 * the build sets to a folder inside `root` (or an explicit out folder, passed as `marker`).
 */
export function killStrays(root: string, marker = root): number {
  let n = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    if (Number(pid) === process.pid) continue;
    let env: string;
    try {
      env = fs.readFileSync(`/proc/${pid}/environ`, 'utf8');
    } catch {
      continue;
    }
    if (env.split('\0').some((kv) => kv.startsWith('DPRK_PROCESSED_DIR=') && kv.slice('DPRK_PROCESSED_DIR='.length).startsWith(marker))) {
      try {
        process.kill(Number(pid), 'SIGKILL');
        n++;
      } catch {
        /* gone */
      }
    }
  }
  return n;
}

/** All files below `dir`, relative to it. */
export function filesUnder(dir: string): string[] {
  return walk(dir).map((f) => path.relative(dir, f)).sort();
}
