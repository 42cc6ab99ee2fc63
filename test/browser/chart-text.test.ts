// Every text element of every chart of every report, static (JavaScript off) and live, is drawn
// whole and inside its chart: no ellipsis, no label cut at the chart's edge. Report 02 also
// carries its ClaimReview data block, equal to data/processed/claimreview.jsonld, with no CSP
// violation. Reads the reports of this checkout (run `npm run build` first).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { MAIN } from '../helpers/project';

const REPORTS = path.join(MAIN, 'reports');
const reports = () => fs.readdirSync(REPORTS).filter((f) => /^\d\d-.*\.html$/.test(f)).sort();
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(async () => browser?.close());

interface TextProblem { chart: number; text: string; why: string }

/** In the page: each chart's SVG (static or live), its text elements and where they are drawn. */
async function textProblems(page: Page, selector: string): Promise<{ charts: number; texts: number; problems: TextProblem[] }> {
  return page.evaluate((sel) => {
    const problems: { chart: number; text: string; why: string }[] = [];
    let texts = 0;
    const svgs = Array.from(document.querySelectorAll(sel));
    svgs.forEach((svg, i) => {
      const box = svg.getBoundingClientRect();
      const fig = svg.closest('figure')!.getBoundingClientRect();
      if (box.width > fig.width + 1) problems.push({ chart: i + 1, text: '(svg)', why: `chart ${Math.round(box.width)} px wide in a ${Math.round(fig.width)} px column` });
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        const s = (t.textContent ?? '').trim();
        if (!s) continue;
        texts++;
        if (s.includes('…') || s.endsWith('...')) problems.push({ chart: i + 1, text: s, why: 'ellipsised' });
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue; // hidden (e.g. a tooltip layer)
        const out = [r.left < box.left - 1 && 'left', r.right > box.right + 1 && 'right', r.top < box.top - 1 && 'top', r.bottom > box.bottom + 1 && 'bottom'].filter(Boolean);
        if (out.length) problems.push({ chart: i + 1, text: s, why: `outside the chart (${out.join(', ')})` });
      }
    });
    return { charts: svgs.length, texts, problems };
  }, selector);
}

async function open(file: string, javaScriptEnabled: boolean): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 900, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
  await page.goto(`file://${path.join(REPORTS, file)}`, { waitUntil: 'load' });
  return { page, errors };
}

describe('chart text in Chromium', () => {
  it('every report has a chart', () => {
    expect(reports()).toEqual(['01-describe-sources.html', '02-reconcile-figures.html', '03-chart-trends.html']);
    for (const f of reports()) expect(fs.readFileSync(path.join(REPORTS, f), 'utf8'), f).toContain('<figure class="chart">');
  });

  it('static charts (JavaScript off): every text whole and inside its chart, every chart within the column', async () => {
    for (const f of reports()) {
      const { page } = await open(f, false);
      const r = await textProblems(page, 'figure.chart .chart-static > svg');
      expect(r.charts, f).toBeGreaterThan(0);
      expect(r.texts, f).toBeGreaterThan(20);
      expect(r.problems, f).toEqual([]);
      await page.context().close();
    }
  }, 120_000);

  it('live charts: every text whole and inside its chart', async () => {
    for (const f of reports()) {
      const { page, errors } = await open(f, true);
      const n = await page.locator('figure.chart').count();
      await page.waitForFunction((k) => document.querySelectorAll('figure.chart.live').length === k, n, { timeout: 20_000 });
      const r = await textProblems(page, 'figure.chart .chart-live svg');
      expect(r.charts, f).toBe(n);
      expect(r.problems, f).toEqual([]);
      expect(errors, f).toEqual([]);
      await page.context().close();
    }
  }, 120_000);

  it('the checker sees a cut label (it can fail)', async () => {
    const { page } = await open(reports()[0]!, false);
    await page.evaluate(() => {
      const t = document.querySelector('figure.chart .chart-static svg text')!;
      t.setAttribute('transform', 'translate(-2000,0)');
      t.textContent = 'consistent under a different d…';
    });
    const r = await textProblems(page, 'figure.chart .chart-static > svg');
    expect(r.problems.map((p) => p.why)).toEqual(['ellipsised', 'outside the chart (left)']);
    await page.context().close();
  });

  it('report 02 carries the ClaimReview data block, as built, and no CSP violation', async () => {
    const { page, errors } = await open('02-reconcile-figures.html', true);
    const blocks = await page.evaluate(() => Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => JSON.parse(s.textContent ?? '') as unknown));
    const built = JSON.parse(fs.readFileSync(path.join(MAIN, 'data', 'processed', 'claimreview.jsonld'), 'utf8')) as { '@graph': { url: string }[] };
    expect(blocks).toEqual([built]);
    const first = built['@graph'][0]!.url.split('#')[1]!;
    expect(await page.locator(`[id="${first}"]`).count()).toBe(1); // the review's url points to a row of the page
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
