// The notebook runner of `npm run dev`: one long-lived scripts/warm_kernels.py process holds one
// tslab kernel per notebook, so a rebuild re-runs cells in a kernel that has already loaded
// node_modules (tslab, danfojs, vega) instead of starting Python, a kernel and TypeScript again.
// A kernel is replaced when its notebook or the compiled code changed since its last run, so no
// state left by old code reaches a new run. Writes only the executed notebooks it is asked for.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sha256 } from '../io';
import { text } from '../messages';
import { kernelEnv, NotebookError, PYTHON, runInNewKernel, type NotebookRunner } from '../pipeline/notebook-runner';
import { stagingPaths, type Paths } from '../pipeline/paths';

interface Reply {
  id: number;
  event: 'cell' | 'done' | 'error';
  n: number;
  total: number;
  cell: number;
  source: string;
  stderr: string;
  ename: string;
  evalue: string;
}

interface Pending {
  readonly notebook: string;
  readonly progress: (line: string) => void;
  readonly resolve: () => void;
  readonly reject: (e: Error) => void;
}

export class WarmKernels {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /**
   * Per notebook: what its kernel last ran (notebook hash and code version), and how many runs that
   * kernel has made (scripts/tslab-memo.cjs serves the third on); absent = clean kernel.
   */
  private readonly kernels = new Map<string, { readonly version: string; readonly runs: number }>();
  private exited: Error | undefined;
  /** Bumped by the dev loop after each compile of src/. */
  codeVersion = 0;

  private closing = false;

  /** `log` hears when the pool stops unexpectedly; `onStderr` gets the kernels' own stderr. */
  constructor(private readonly paths: Paths, private readonly log: (line: string) => void, onStderr: (text: string) => void = () => undefined) {
    const trace = path.join(paths.root, 'scripts', 'trace-reads.cjs');
    const memo = path.join(paths.root, 'scripts', 'tslab-memo.cjs');
    this.child = spawn(PYTHON, [path.join(paths.root, 'scripts', 'warm_kernels.py'), paths.notebooks, `${paths.dist}${path.sep}`, trace, memo], {
      env: kernelEnv(paths),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let buffer = '';
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.trim()) this.onReply(JSON.parse(line) as Reply);
      }
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', onStderr);
    this.child.on('error', (e) => this.fail(new Error(text.devPoolFailed(PYTHON, e.message))));
    this.child.on('close', (code) => this.fail(new Error(text.devPoolFailed(PYTHON, `exit code ${String(code)}`))));
  }

  private fail(e: Error): void {
    if (!this.exited && !this.closing) this.log(e.message);
    this.exited ??= e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  private onReply(r: Reply): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    if (r.event === 'cell') return p.progress(`cell ${r.n}/${r.total}`);
    this.pending.delete(r.id);
    if (r.event === 'done') return p.resolve();
    this.kernels.delete(p.notebook); // the pool replaced the failed kernel
    p.reject(new NotebookError({ notebook: path.relative(this.paths.root, p.notebook), cell: r.cell, source: r.source, error: (r.stderr.trim() || `${r.ename}: ${r.evalue}`).trim() }));
  }

  private request(body: Record<string, unknown>, notebook: string, progress: Pending['progress'] = () => undefined): Promise<void> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { notebook, progress, resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ id, notebook, ...body })}\n`);
    });
  }

  /**
   * Warms the notebooks' kernels now, so that the first edit finds them warm: each notebook is run
   * into a scratch file until its kernel has run it twice (a first build may have run it once). A
   * kernel that only started has not yet loaded tslab's compiler or the project's modules (the
   * first run costs seconds), and tslab's compilation of a cell depends on the declarations left
   * by the run before, so scripts/tslab-memo.cjs serves a cell only from the third run on.
   */
  async start(notebooks: readonly string[]): Promise<void> {
    const dir = path.join(this.paths.cache, 'dev-warm-up');
    fs.mkdirSync(dir, { recursive: true });
    await Promise.all(
      notebooks.map(async (nb) => {
        const out = path.join(dir, path.basename(nb));
        for (let n = this.kernels.get(nb)?.runs ?? 0; n < 2; n++) await this.runner(this.paths, nb, out, () => undefined);
      }),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  }

  /**
   * A NotebookRunner for src/pipeline: warm for this project's own outputs, a new kernel otherwise.
   * Resolves with the files the notebook's kernel has read from the staging folder since it started
   * (see scripts/warm_kernels.py), which the build records as the notebook's inputs.
   */
  readonly runner: NotebookRunner = async (paths, notebook, out, progress) => {
    // The build runs notebooks in its staging view (.cache/next/); the warm-up, in the project itself.
    const traced = stagingPaths(this.paths).processed;
    const ours = paths.root === this.paths.root && (paths.processed === traced || paths.processed === this.paths.processed);
    if (!ours || this.exited) return runInNewKernel(paths, notebook, out, progress);
    const version = `${sha256(fs.readFileSync(notebook))}:${this.codeVersion}`;
    const last = this.kernels.get(notebook);
    const restart = last !== undefined && last.version !== version;
    const reads = path.join(this.paths.cache, 'dev-reads', `${path.basename(notebook)}.reads`);
    fs.mkdirSync(path.dirname(reads), { recursive: true });
    await this.request({ out, processed: paths.processed, traced, reads, restart }, notebook, progress);
    this.kernels.set(notebook, { version, runs: last && !restart ? last.runs + 1 : 1 });
    try {
      return [...new Set(fs.readFileSync(reads, 'utf8').split('\n').filter(Boolean))].sort();
    } catch {
      return []; // read nothing traced: the build then counts every processed file as read
    }
  };

  /** Closing stdin makes the pool shut every kernel down and exit. */
  close(): Promise<void> {
    if (this.exited) return Promise.resolve();
    this.closing = true;
    return new Promise((resolve) => {
      this.child.once('close', () => resolve());
      this.child.stdin.end();
      setTimeout(() => this.child.kill('SIGKILL'), 5000).unref();
    });
  }
}
