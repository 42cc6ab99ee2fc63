// Save → updated page in `npm run dev`: starts it in the workspace as a user would, opens report
// 02 in headless Chromium, then edits one raw row (Daily NK's figure of 54 in claims.csv, back
// and forth) and times from the write to the page showing the new figure, without touching the
// page. With coldKernels, every notebook runs in a new kernel (what warm kernels save).
// Writes only inside the workspace (claims.csv, restored at the end, and the build's outputs).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './reports';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface DevFigures {
  readonly page: number[]; // write → page shows the new figure, s
  readonly rebuild: number[]; // the dev server's own rebuild time for the same edits, s
}

const CLAIM = /^(dailynk-2018-missions-54,[^\n]*?,)(54|4),exact,/m;

export async function benchDev(root: string, reps: number, coldKernels: boolean, log: (s: string) => void): Promise<DevFigures> {
  const file = path.join(root, 'data', 'raw', 'claims.csv');
  const original = fs.readFileSync(file, 'utf8');
  if (!CLAIM.test(original)) throw new Error('claims.csv no longer holds dailynk-2018-missions-54 with value 54');
  const args = ['run', 'dev', '--', '--port', '0', ...(coldKernels ? ['--cold-kernels'] : [])];
  const dev = spawn('npm', args, { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  dev.stdout.on('data', (c: Buffer) => (output += c.toString()));
  dev.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const until = async (test: () => boolean, ms: number) => {
    for (const t0 = Date.now(); !test(); await new Promise((r) => setTimeout(r, 20))) {
      if (Date.now() - t0 > ms || dev.exitCode !== null) throw new Error(`npm run dev: gave up waiting\n${output}`);
    }
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const figures: DevFigures = { page: [], rebuild: [] };
  try {
    await until(() => (coldKernels ? /^dev: start/m : /kernels? warm/).test(output), 600_000);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)![1]!;
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${url}02-reconcile-figures.html`);
    for (let r = 0; r < reps; r++) {
      const value = r % 2 === 0 ? '4' : '54';
      const lines = output.split('\n').length;
      const t0 = performance.now();
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(CLAIM, (_a, head: string) => `${head}${value},exact,`));
      await page.waitForFunction(
        (v) => (Array.from(document.querySelectorAll('h3')).find((h) => h.textContent?.includes('consulates abroad'))?.textContent ?? '').startsWith(`${v} “`),
        value,
        { timeout: 120_000, polling: 'raf' },
      );
      const seconds = (performance.now() - t0) / 1000;
      await until(() => /^dev: data\/raw\/claims\.csv.* in ([\d.]+) s$/m.test(output.split('\n').slice(lines - 1).join('\n')), 60_000);
      const rebuild = Number(/^dev: data\/raw\/claims\.csv.* in ([\d.]+) s$/m.exec(output.split('\n').slice(lines - 1).join('\n'))![1]);
      figures.page.push(seconds);
      figures.rebuild.push(rebuild);
      log(`  npm run dev${coldKernels ? ' --cold-kernels' : ''}: edit ${r + 1}/${reps}, page updated in ${seconds.toFixed(2)} s (rebuild ${rebuild.toFixed(2)} s)`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await browser.close();
    const exited = new Promise((r) => dev.once('exit', r));
    process.kill(-dev.pid!, 'SIGTERM');
    await exited;
    fs.writeFileSync(file, original);
  }
  return figures;
}
