// Build benchmark, in a throwaway workspace: cold build (empty cache) against bare `jupyter
// nbconvert --execute` of the same notebooks one after another, no-op builds (in-process and a
// spawned CLI), and the build after one raw file changed. Writes only inside the workspace.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, type StageResult } from '../build/run';
import { kernelEnv, PYTHON } from '../build/notebook-runner';
import { notebookFiles, projectPaths, type Paths } from '../build/paths';
import { clearOutputs } from '../build/workspace';
import { median, timed } from './stats';

const quiet = { line: () => undefined };

export interface BuildFigures {
  readonly cold: number[];
  readonly nbconvert: number[];
  readonly coldRatio: number; // median of cold/nbconvert, each pair run back to back
  readonly noopInProcess: number[];
  readonly noopSpawned: number[];
  readonly changed: { file: string; seconds: number; rebuilt: string[]; fresh: string[] };
}

function exec(cmd: string, args: readonly string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${err}`))));
  });
}

/** Executes every notebook with bare nbconvert, one after another, against the workspace's processed data. */
async function nbconvertAll(p: Paths, outDir: string): Promise<void> {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  for (const nb of notebookFiles(p)) {
    await exec(PYTHON, ['-m', 'jupyter', 'nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=tslab', '--ExecutePreprocessor.timeout=600', '--output-dir', outDir, nb], {
      cwd: p.notebooks,
      env: kernelEnv(p),
    });
  }
}

export async function benchBuilds(root: string, reps: { cold: number; noop: number }, log: (s: string) => void): Promise<BuildFigures> {
  const p = projectPaths(root);
  const cold: number[] = [];
  const nbconvert: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < reps.cold; r++) {
    clearOutputs(root);
    const c = await timed(() => build(p, { force: false, log: quiet, waitMs: 60_000 }));
    const n = await timed(() => nbconvertAll(p, path.join(root, 'nbconvert-out')));
    cold.push(c.seconds);
    nbconvert.push(n.seconds);
    ratios.push(c.seconds / n.seconds);
    log(`  cold build run ${r + 1}/${reps.cold}: build ${c.seconds.toFixed(2)} s, nbconvert ${n.seconds.toFixed(2)} s`);
  }
  const noopInProcess: number[] = [];
  for (let r = 0; r < reps.noop; r++) {
    const t = await timed(() => build(p, { force: false, log: quiet, waitMs: 60_000 }));
    if (t.value.some((s) => s.status === 'rebuilt')) throw new Error(`no-op build rebuilt ${t.value.filter((s) => s.status === 'rebuilt').map((s) => s.id).join(', ')}`);
    noopInProcess.push(t.seconds);
  }
  const noopSpawned: number[] = [];
  for (let r = 0; r < reps.noop; r++) {
    const t = await timed(() => exec(process.execPath, [path.join(root, 'dist', 'cli', 'index.js'), 'build'], { cwd: root, env: { ...process.env, TZ: 'UTC' } }));
    noopSpawned.push(t.seconds);
  }
  log(`  no-op build: in-process ${median(noopInProcess).toFixed(3)} s, spawned ${median(noopSpawned).toFixed(3)} s`);
  const changed = await oneRawChanged(p);
  log(`  one raw file changed (${changed.file}): ${changed.seconds.toFixed(2)} s, rebuilt ${changed.rebuilt.join(', ')}`);
  return { cold, nbconvert, coldRatio: median(ratios), noopInProcess, noopSpawned, changed };
}

/** Appends one valid source row to the workspace's sources.csv and builds. */
async function oneRawChanged(p: Paths): Promise<BuildFigures['changed']> {
  const file = path.join(p.raw, 'sources.csv');
  const text = fs.readFileSync(file, 'utf8');
  const row = 'bench-2024-01-01-extra-source,Benchmark,An extra source row added by the benchmark,https://example.org/bench,2024-01-01,news,en,\n';
  fs.writeFileSync(file, `${text}${text.endsWith('\n') ? '' : '\n'}${row}`);
  const t = await timed(() => build(p, { force: false, log: quiet, waitMs: 60_000 }));
  const ids = (s: readonly StageResult[], status: StageResult['status']) => s.filter((x) => x.status === status).map((x) => x.id);
  return { file: 'data/raw/sources.csv', seconds: t.seconds, rebuilt: ids(t.value, 'rebuilt'), fresh: ids(t.value, 'fresh') };
}
