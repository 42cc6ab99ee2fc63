// The committed reports (/work/main/reports) open from disk in headless Chromium: no console or
// page error, no request beyond the file itself, static SVG charts with marks, interactive charts
// that render, and readable static charts with JavaScript off. Screenshots go to test-artifacts/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { MAIN, dist } from '../helpers/project';

const REPORTS = path.join(MAIN, 'reports');
const ARTIFACTS = path.join(MAIN, 'test-artifacts');
let files: string[] = [];
let browser: Browser;

beforeAll(async () => {
  const list = () => (fs.existsSync(REPORTS) ? fs.readdirSync(REPORTS).filter((f) => f.endsWith('.html')).sort() : []);
  if (!list().includes('index.html')) await dist.run.build(dist.paths.projectPaths(MAIN), { force: false, waitMs: 15 * 60_000, log: { line: () => undefined } });
  files = list();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
}, 300_000);

afterAll(async () => browser?.close());

interface Watched {
  page: Page;
  problems: string[];
  requests: string[];
}

async function open(file: string, javaScriptEnabled = true): Promise<Watched> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 900, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  const self = `file://${path.join(REPORTS, file)}`;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (r.url() !== self) problems.push(`requestfailed: ${r.url()}`);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === self) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(self, { waitUntil: 'load' });
  return { page, problems, requests };
}

describe('the built reports in Chromium', () => {
  it('exist', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', '01-describe-sources.html', '02-reconcile-figures.html', '03-chart-trends.html']));
  });

  it('load with no error, no outside request, charts static and live; screenshots saved', async () => {
    let totalCharts = 0;
    for (const f of files) {
      const { page, problems, requests } = await open(f);
      const charts = await page.locator('figure.chart').count();
      totalCharts += charts;
      for (let i = 0; i < charts; i++) {
        const fig = page.locator('figure.chart').nth(i);
        expect(await fig.locator('.chart-static svg').count(), `${f} chart ${i + 1} static svg`).toBe(1);
        expect(await fig.locator('.chart-static svg path, .chart-static svg rect, .chart-static svg text').count(), `${f} chart ${i + 1} marks`).toBeGreaterThan(0);
      }
      if (charts) {
        await page.waitForFunction((n) => document.querySelectorAll('figure.chart.live').length === n, charts, { timeout: 10_000 });
        expect(await page.locator('figure.chart .chart-live svg').count(), f).toBe(charts);
        expect(await page.locator('.chart-live svg path, .chart-live svg rect, .chart-live svg text').count(), f).toBeGreaterThan(0);
        // The live chart replaces the static one.
        expect(await page.locator('figure.chart .chart-static').first().isVisible()).toBe(false);
        expect(await page.locator('figure.chart .chart-live svg').first().isVisible()).toBe(true);
      }
      await page.waitForTimeout(100);
      expect(problems, f).toEqual([]);
      expect(requests, f).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, `${f.replace(/\.html$/, '')}.png`), fullPage: true });
      await page.context().close();
    }
    expect(totalCharts).toBeGreaterThan(0);
    for (const f of files) expect(fs.statSync(path.join(ARTIFACTS, f.replace(/\.html$/, '.png'))).size).toBeGreaterThan(1000);
  }, 120_000);

  it('show the static SVG charts with JavaScript disabled', async () => {
    let seen = 0;
    for (const f of files) {
      const { page, problems, requests } = await open(f, false);
      const charts = await page.locator('figure.chart').count();
      for (let i = 0; i < charts; i++) {
        const svg = page.locator('figure.chart').nth(i).locator('.chart-static svg');
        expect(await svg.isVisible(), `${f} chart ${i + 1}`).toBe(true);
        const box = await svg.boundingBox();
        expect(box && box.width > 50 && box.height > 50, `${f} chart ${i + 1} size`).toBe(true);
        seen++;
      }
      expect(await page.locator('figure.chart.live, .chart-live').count(), f).toBe(0);
      expect(problems, f).toEqual([]);
      expect(requests, f).toEqual([]);
      if (charts) await page.screenshot({ path: path.join(ARTIFACTS, `${f.replace(/\.html$/, '')}-nojs.png`), fullPage: true });
      await page.context().close();
    }
    expect(seen).toBeGreaterThan(0);
  }, 120_000);
});
