// `npm run notebook` in Chromium: the server starts on 127.0.0.1 and prints its URL; each
// notebook opens with the TypeScript (tslab) kernel, runs all cells through the menu, and shows
// no error and every chart. Autosave is switched off first, so the project's notebooks are
// never written (checked at the end).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { MAIN, snapshot } from '../helpers/project';

const NOTEBOOKS = fs.readdirSync(path.join(MAIN, 'notebooks')).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort();
let server: ChildProcess;
let url: URL;
let browser: Browser;
let before: Record<string, string>;
let printed = '';

beforeAll(async () => {
  before = snapshot(MAIN, ['notebooks']);
  server = spawn(process.execPath, [path.join(MAIN, 'scripts', 'notebook.cjs')], { cwd: MAIN, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.setEncoding('utf8');
  server.stderr!.setEncoding('utf8');
  let err = '';
  server.stderr!.on('data', (c: string) => (err += c));
  const line = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no URL printed in 90 s:\n${printed}\n${err}`)), 90_000);
    server.stdout!.on('data', (c: string) => {
      printed += c;
      const m = /http:\/\/127\.0\.0\.1:\d+\/tree\?token=[0-9a-f]+/.exec(printed);
      if (m) {
        clearTimeout(t);
        resolve(m[0]);
      }
    });
    server.on('close', (code) => reject(new Error(`server exited with ${code}:\n${printed}\n${err}`)));
  });
  url = new URL(line);
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    /* already gone */
  }
});

async function runAll(page: Page): Promise<void> {
  await page.click('#celllink');
  await page.click('#run_all_cells > a');
  // Done when no prompt shows "In [*]" and every code cell has a number.
  await page.waitForFunction(() => {
    const prompts = Array.from(document.querySelectorAll('.code_cell .input_prompt'), (p) => p.textContent ?? '');
    return prompts.length > 0 && prompts.every((p) => /In\s*\[\d+\]/.test(p));
  }, undefined, { timeout: 240_000, polling: 500 });
}

describe('npm run notebook', () => {
  it('prints a URL on 127.0.0.1 with a token', () => {
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.searchParams.get('token')).toMatch(/^[0-9a-f]{48}$/);
    expect(printed).toMatch(/TypeScript \(tslab\) kernel/);
  });

  it.each(NOTEBOOKS)('runs %s through the UI with the TypeScript kernel, no error output, charts shown', async (name) => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    try {
      await page.goto(`${url.origin}/notebooks/${name}?token=${url.searchParams.get('token')}`);
      await page.waitForFunction(() => (window as unknown as { Jupyter?: { notebook?: { kernel?: { is_connected?: () => boolean } } } }).Jupyter?.notebook?.kernel?.is_connected?.() === true, undefined, { timeout: 60_000 });
      // Never write the project's notebook while testing it.
      await page.evaluate(() => (window as unknown as { Jupyter: { notebook: { set_autosave_interval: (n: number) => void } } }).Jupyter.notebook.set_autosave_interval(0));
      expect((await page.textContent('.kernel_indicator_name'))?.trim()).toBe('TypeScript');
      await runAll(page);
      const errors = await page.$$eval('.output_error, .output_stderr', (els) => els.map((e) => e.textContent ?? ''));
      expect(errors).toEqual([]);
      const source = fs.readFileSync(path.join(MAIN, 'notebooks', name), 'utf8');
      const charts = (source.match(/charts\.\w+Figure\(/g) ?? []).length;
      const shown = await page.$$eval('.output_html figure.chart svg', (els) => els.filter((e) => e.getBoundingClientRect().width > 100).length);
      expect(shown).toBe(charts);
      const tables = await page.$$eval('.output_html table', (els) => els.length);
      expect(tables).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  }, 300_000);

  it('left the notebooks unchanged', () => {
    expect(snapshot(MAIN, ['notebooks'])).toEqual(before);
  });
});
