// Runs one notebook headless through scripts/run_notebook.py (Jupyter nbclient + the project's
// tslab kernel) and turns its progress and failures into events. The only place that starts
// Python; the kernel sees the project-local kernelspec through JUPYTER_PATH, and is preloaded with
// scripts/trace-reads.cjs, which records the processed files the notebook reads.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { text } from '../messages';
import { BuildError } from './errors';
import type { Paths } from './paths';

export interface CellFailure {
  readonly notebook: string;
  readonly cell: number; // 1-based position among all cells
  readonly source: string;
  readonly error: string;
}

export class NotebookError extends Error {
  constructor(readonly failure: CellFailure) {
    super(`${failure.notebook}: cell ${failure.cell} failed`);
  }
}

export const PYTHON = process.env.DPRK_PYTHON ?? '/usr/bin/python3';

export function kernelEnv(paths: Paths, readsFile?: string): NodeJS.ProcessEnv {
  const trace = `--require ${JSON.stringify(path.join(paths.root, 'scripts', 'trace-reads.cjs'))}`;
  return {
    ...process.env,
    TZ: 'UTC',
    JUPYTER_PATH: path.join(paths.root, '.jupyter', 'share', 'jupyter'),
    PATH: `${path.join(paths.root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    DPRK_PROCESSED_DIR: paths.processed,
    PYDEVD_DISABLE_FILE_VALIDATION: '1',
    ...(readsFile ? { DPRK_READS_FILE: readsFile, NODE_OPTIONS: [process.env.NODE_OPTIONS, trace].filter(Boolean).join(' ') } : {}),
  };
}

interface RunnerEvent {
  event: string;
  n: number;
  total: number;
  cell: number;
  seconds: number;
  source: string;
  stderr: string;
  ename: string;
  evalue: string;
  message: string;
}

/**
 * Executes `notebook` into `out`; `progress` gets one line per cell, and one every 30 s while a
 * cell runs. Resolves with the processed files the notebook read (names relative to the folder).
 */
export type NotebookRunner = (paths: Paths, notebook: string, out: string, progress: (line: string) => void) => Promise<string[]>;

let runner: NotebookRunner | undefined;

/** Lets `npm run dev` run notebooks in kernels it keeps warm (src/dev/warm-kernels.ts); undefined restores the default. */
export function useNotebookRunner(r: NotebookRunner | undefined): void {
  runner = r;
}

export function runNotebook(paths: Paths, notebook: string, out: string, progress: (line: string) => void): Promise<string[]> {
  return runner ? runner(paths, notebook, out, progress) : runInNewKernel(paths, notebook, out, progress);
}

/** The default: a new Python process and a new kernel for this one run. */
export function runInNewKernel(paths: Paths, notebook: string, out: string, progress: (line: string) => void): Promise<string[]> {
  const readsFile = `${out}.reads`;
  fs.rmSync(readsFile, { force: true });
  const name = path.relative(paths.root, notebook);
  return new Promise<string[]>((resolve, reject) => {
    const child = spawn(PYTHON, [path.join(paths.root, 'scripts', 'run_notebook.py'), notebook, out, paths.notebooks], {
      env: kernelEnv(paths, readsFile),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let buffer = '';
    let failure: CellFailure | undefined;
    let kernel: string | undefined;
    const other: string[] = [];
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        let ev: RunnerEvent;
        try {
          ev = JSON.parse(line) as RunnerEvent;
        } catch {
          if (line.trim()) other.push(line);
          continue;
        }
        if (ev.event === 'cell') progress(`cell ${ev.n}/${ev.total}`);
        if (ev.event === 'running') progress(text.cellStillRunning(ev.n, ev.total, ev.seconds));
        if (ev.event === 'kernel') kernel = ev.message;
        if (ev.event === 'error') {
          failure = { notebook: name, cell: ev.cell, source: ev.source, error: (ev.stderr.trim() || `${ev.ename}: ${ev.evalue}`).trim() };
        }
      }
    });
    child.on('error', (e) => reject(new BuildError(`could not start ${PYTHON}: ${e.message}. Run \`npm run setup\` (installs Jupyter from Debian packages).`)));
    child.on('close', (code) => {
      if (code === 0) {
        let reads: string[] = [];
        try {
          reads = [...new Set(fs.readFileSync(readsFile, 'utf8').split('\n').filter(Boolean))].sort();
        } catch {
          /* the notebook read no processed file */
        }
        fs.rmSync(readsFile, { force: true });
        resolve(reads);
        return;
      }
      fs.rmSync(readsFile, { force: true });
      if (failure) reject(new NotebookError(failure));
      else if (kernel) reject(new BuildError(text.kernelFailed(name, kernel)));
      else reject(new Error(`${name}: the notebook runner exited with code ${code}\n${other.slice(-20).join('\n')}`));
    });
  });
}
