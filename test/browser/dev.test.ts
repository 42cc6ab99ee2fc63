// `npm run dev` in a temporary project copy, driven from Chromium: the served report runs the
// injected reload script under its Content-Security-Policy, an edit to one raw row reaches the
// open page without a manual reload, bad data shows its file:line:column above the last good
// report, fixing it clears the panel, and the reports the warm kernels wrote are byte for byte
// those of a cold build (and carry no reload script).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { dist, edit, tempProject, type TempProject } from '../helpers/project';

let project: TempProject;
let dev: ChildProcess;
let output = '';
let browser: Browser;
let page: Page;
const problems: string[] = [];
/** Sets the value of Daily NK's 2018 figure (54 in the record) in the copy's claims.csv. */
const setValue = (from: string, to: string) =>
  edit(path.join(project.raw, 'claims.csv'), (t) => t.replace(new RegExp(`^(dailynk-2018-missions-54,[^\\n]*?,)${from},exact,`, 'm'), (_all, head: string) => `${head}${to},exact,`));
/** The report's heading for that figure, which starts with its value. */
const heading = async () => (await page.locator('h3', { hasText: 'consulates abroad' }).first().textContent()) ?? '';
const headingStarts = (prefix: string) =>
  page.waitForFunction((p) => (Array.from(document.querySelectorAll('h3')).find((h) => h.textContent?.includes('consulates abroad'))?.textContent ?? '').startsWith(p), prefix, { timeout: 60_000, polling: 50 });

function waitForOutput(pattern: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const tick = setInterval(() => {
      if (pattern.test(output)) resolve(clearInterval(tick));
      else if (Date.now() - t0 > ms || dev.exitCode !== null) {
        clearInterval(tick);
        reject(new Error(`no ${pattern} in dev output:\n${output}`));
      }
    }, 100);
  });
}

beforeAll(async () => {
  project = tempProject('dprk-dev-test-');
  dev = spawn(process.execPath, [path.join(project.root, 'dist', 'cli', 'index.js'), 'dev', '--port', '0'], { cwd: project.root, env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'pipe'] });
  dev.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  dev.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  await waitForOutput(/kernels? warm/, 300_000);
  browser = await launch();
  page = await (await browser.newContext()).newPage();
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const url = /serving reports\/ at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)![1]!;
  await page.goto(`${url}02-reconcile-figures.html`);
}, 400_000);

afterAll(async () => {
  console.log(output.split('\n').filter((l) => l.startsWith('dev:')).join('\n'));
  await browser?.close();
  if (dev && dev.exitCode === null) {
    const exited = new Promise((r) => dev.once('exit', r));
    dev.kill('SIGTERM');
    await exited;
  }
  project?.remove();
});

describe('npm run dev in Chromium', () => {
  it('serves the report with the reload script running under its CSP', async () => {
    expect(await heading()).toMatch(/^54 “consulates abroad”/);
    await page.waitForSelector('#dprk-dev-status[data-state="ok"]', { state: 'attached' });
    expect(problems).toEqual([]);
  });

  it('shows an edited raw row in the open page without a manual reload', async () => {
    const t0 = performance.now();
    setValue('54', '4');
    await headingStarts('4 “consulates abroad”');
    console.log(`dev: raw edit to updated page in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
    expect(problems).toEqual([]);
  }, 90_000);

  it('shows bad data with file:line:column above the last good report, and clears it when fixed', async () => {
    setValue('4', '4x');
    const panel = page.locator('#dprk-dev-status[data-state="failed"]');
    await panel.waitFor({ timeout: 60_000 });
    expect(await panel.textContent()).toContain('data/raw/claims.csv:4:7 column "value": found "4x"');
    expect(await heading()).toMatch(/^4 “consulates abroad”/); // the last good report, under the panel
    setValue('4x', '54');
    await headingStarts('54 “consulates abroad”');
    await page.waitForSelector('#dprk-dev-status[data-state="ok"]', { state: 'attached', timeout: 60_000 });
    expect(problems).toEqual([]);
  }, 150_000);

  it('wrote reports identical to a cold build, without the reload script', async () => {
    // The previous test saw the panel cleared: the dev server's last rebuild has finished.
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-dev-cold-'));
    await dist.run.build(project.paths(out), { force: true, waitMs: 120_000, log: { line: () => undefined } });
    for (const f of fs.readdirSync(path.join(out, 'reports'))) {
      const served = fs.readFileSync(path.join(project.root, 'reports', f), 'utf8');
      expect(served.includes('EventSource'), f).toBe(false);
      expect(served === fs.readFileSync(path.join(out, 'reports', f), 'utf8'), f).toBe(true);
    }
    fs.rmSync(out, { recursive: true, force: true });
  }, 300_000);
});
