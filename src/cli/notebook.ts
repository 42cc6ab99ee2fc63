// `npm run notebook`: Jupyter Notebook (Debian's jupyter-notebook) on 127.0.0.1 with the
// project's kernels and notebooks/ open. Re-registers a kernelspec left by a moved checkout,
// prints the URL with its token, and stops with the server. Checkpoints go to .cache/, so a
// saved notebook never leaves a copy in notebooks/ for the build to find.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { PYTHON } from '../pipeline/notebook-runner';
import { ensureKernel, jupyterPath } from '../jupyter/kernelspec';
import { text } from '../messages';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: { exitCode: number | null }, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end && child.exitCode === null) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

export async function notebookCommand(root: string, o: { port?: string }): Promise<void> {
  const moved = ensureKernel(root, PYTHON);
  if (moved) console.error(text.kernel.registered(moved));
  const port = o.port ? Number(o.port) : await freePort();
  const token = randomBytes(24).toString('hex');
  const env = {
    ...process.env,
    TZ: 'UTC',
    JUPYTER_PATH: jupyterPath(root),
    PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    PYDEVD_DISABLE_FILE_VALIDATION: '1',
  };
  fs.mkdirSync(path.join(root, '.cache', 'ipynb_checkpoints'), { recursive: true });
  const child = spawn(PYTHON, ['-m', 'notebook', '--no-browser', '--ip=127.0.0.1', `--port=${port}`, '--port-retries=0',
    `--NotebookApp.token=${token}`, `--notebook-dir=${path.join(root, 'notebooks')}`,
    // Relative to each notebook's folder: notebooks/../.cache/ipynb_checkpoints.
    '--FileCheckpoints.checkpoint_dir=../.cache/ipynb_checkpoints',
    // Jupyter refuses root unless told; CI and containers run as root.
    ...(process.getuid?.() === 0 ? ['--allow-root'] : [])], { env, stdio: ['inherit', 'inherit', 'pipe'] });
  let log = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (c: string) => {
    log += c;
    if (process.env.DPRK_NOTEBOOK_VERBOSE) process.stderr.write(c);
  });
  child.on('error', (e) => {
    console.error(text.notebook.cannotStart(PYTHON, e.message));
    process.exit(1);
  });
  // Ctrl-C reaches Jupyter too (same process group); it stops, and so do we.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  const base = `http://127.0.0.1:${port}`;
  const up = await waitUntilUp(`${base}/api/status?token=${token}`, child, 60_000);
  if (!up) {
    child.kill('SIGTERM');
    console.error(text.notebook.notUp(log.split('\n').slice(-15).join('\n')));
    process.exit(1);
  }
  console.log(text.notebook.running(`${base}/tree?token=${token}`));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 0)));
  process.exit(code);
}
