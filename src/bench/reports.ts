// Report benchmark: bytes of each reports/*.html of a built workspace, and the time headless
// Chromium takes to load the heaviest one and render every chart (all `figure.chart` carry the
// class `live`), each load in a fresh browser context. Reads the reports; writes nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface ReportFigures {
  readonly bytes: Record<string, number>;
  readonly heaviest: string;
  readonly charts: number;
  readonly renders: number[];
}

export async function benchReports(reportsDir: string, reps: number, log: (s: string) => void): Promise<ReportFigures> {
  const files = fs.readdirSync(reportsDir).filter((f) => f.endsWith('.html')).sort();
  const bytes = Object.fromEntries(files.map((f) => [f, fs.statSync(path.join(reportsDir, f)).size]));
  const heaviest = files.reduce((a, b) => ((bytes[b] ?? 0) > (bytes[a] ?? 0) ? b : a));
  const url = pathToFileURL(path.join(reportsDir, heaviest)).href;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const renders: number[] = [];
  let charts = 0;
  try {
    for (let r = 0; r < reps + 1; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => {
        const figs = Array.from(document.querySelectorAll('figure.chart'));
        return figs.length > 0 && figs.every((f) => f.classList.contains('live'));
      }, undefined, { timeout: 60_000, polling: 10 });
      const s = (performance.now() - t0) / 1000;
      charts = await page.evaluate(() => document.querySelectorAll('figure.chart').length);
      await context.close();
      if (r > 0) renders.push(s); // the first load warms the browser up and is not counted
      log(`  render ${heaviest} load ${r}${r === 0 ? ' (warm-up)' : ''}: ${s.toFixed(3)} s`);
    }
  } finally {
    await browser.close();
  }
  return { bytes, heaviest, charts, renders };
}
