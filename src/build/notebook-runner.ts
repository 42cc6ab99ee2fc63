// Runs one notebook headless through scripts/run_notebook.py (Jupyter nbclient + the project's
// tslab kernel) and turns its progress and failures into events. The only place that starts
// Python; the kernel sees the project-local kernelspec through JUPYTER_PATH.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
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

export function kernelEnv(paths: Paths): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TZ: 'UTC',
    JUPYTER_PATH: path.join(paths.root, '.jupyter', 'share', 'jupyter'),
    PATH: `${path.join(paths.root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    DPRK_PROCESSED_DIR: paths.processed,
    PYDEVD_DISABLE_FILE_VALIDATION: '1',
  };
}

export type NotebookRunner = (paths: Paths, notebook: string, out: string, progress: (n: number, total: number) => void) => Promise<void>;

let runner: NotebookRunner | undefined;

/** Lets `npm run dev` run notebooks in kernels it keeps warm (src/dev/warm-kernels.ts); undefined restores the default. */
export function useNotebookRunner(r: NotebookRunner | undefined): void {
  runner = r;
}

export function runNotebook(paths: Paths, notebook: string, out: string, progress: (n: number, total: number) => void): Promise<void> {
  return runner ? runner(paths, notebook, out, progress) : runInNewKernel(paths, notebook, out, progress);
}

/** The default: a new Python process and a new kernel for this one run. */
export function runInNewKernel(paths: Paths, notebook: string, out: string, progress: (n: number, total: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [path.join(paths.root, 'scripts', 'run_notebook.py'), notebook, out, paths.notebooks], {
      env: kernelEnv(paths),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let buffer = '';
    let failure: CellFailure | undefined;
    const other: string[] = [];
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        try {
          const ev = JSON.parse(line) as { event: string; n: number; total: number; cell: number; source: string; stderr: string; ename: string; evalue: string };
          if (ev.event === 'cell') progress(ev.n, ev.total);
          if (ev.event === 'error') {
            failure = { notebook: path.relative(paths.root, notebook), cell: ev.cell, source: ev.source, error: (ev.stderr.trim() || `${ev.ename}: ${ev.evalue}`).trim() };
          }
        } catch {
          if (line.trim()) other.push(line);
        }
      }
    });
    child.on('error', (e) => reject(new Error(`could not start ${PYTHON}: ${e.message}. Run \`npm run setup\` (installs Jupyter from Debian packages).`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else if (failure) reject(new NotebookError(failure));
      else reject(new Error(`${path.relative(paths.root, notebook)}: the notebook runner exited with code ${code}\n${other.slice(-20).join('\n')}`));
    });
  });
}
