// Report 02's table of every figure in Chromium at 800 px: the explanation gets the width and
// badges wrap, no horizontal scrolling; grouped by what each figure counts; filterable by verdict
// and sortable with scripts (under the report's CSP, no console error); complete without them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { MAIN } from '../helpers/project';

const REPORT = path.join(MAIN, 'reports', '02-reconcile-figures.html');
const figures = parse(fs.readFileSync(path.join(MAIN, 'data', 'processed', 'reconciliation.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(async () => browser?.close());

async function open(javaScriptEnabled: boolean): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`file://${REPORT}`);
  return { page, problems };
}

const visibleRows = (page: Page) => page.$$eval('table.figures-table tr[data-verdict]', (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.getAttribute('data-verdict')));

describe('the table of every figure', () => {
  it('is readable at 800 px: no sideways scroll, the explanation widest, badges inside their cells', async () => {
    const { page } = await open(true);
    const m = await page.evaluate(() => {
      const t = document.querySelector('table.figures-table') as HTMLTableElement;
      const cols = Array.from(t.tHead!.rows[0]!.cells, (c) => c.getBoundingClientRect().width);
      const badges = Array.from(t.querySelectorAll('.verdict'), (b) => b.getBoundingClientRect().width <= (b.closest('td') as HTMLElement).getBoundingClientRect().width);
      return { scroll: document.documentElement.scrollWidth, cols, badgesFit: badges.every(Boolean), height: t.getBoundingClientRect().height };
    });
    expect(m.scroll).toBeLessThanOrEqual(800);
    expect(Math.max(...m.cols)).toBe(m.cols[3]);
    expect(m.cols[3]).toBeGreaterThan(350);
    expect(m.badgesFit).toBe(true);
    await page.context().close();
  });

  it('is complete and grouped by what each figure counts without scripts', async () => {
    const { page, problems } = await open(false);
    expect(await visibleRows(page)).toHaveLength(figures.length);
    const groups = await page.$$eval('table.figures-table tbody', (b) => b.map((x) => x.getAttribute('data-group')));
    expect(new Set(groups)).toEqual(new Set(figures.map((f) => f.metric)));
    expect(await page.locator('.figures-filter').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('filters by verdict and sorts within groups when scripts run, with no CSP error', async () => {
    const { page, problems } = await open(true);
    await page.waitForSelector('.figures-filter select');
    await page.selectOption('.figures-filter select', 'contradicted');
    const shown = await visibleRows(page);
    expect(shown).toHaveLength(figures.filter((f) => f.verdict === 'contradicted').length);
    expect(new Set(shown)).toEqual(new Set(['contradicted']));
    expect(await page.textContent('.figures-filter .shown')).toContain(`${shown.length} of ${figures.length}`);
    await page.selectOption('.figures-filter select', '');
    expect(await visibleRows(page)).toHaveLength(figures.length);

    const residuals = () => page.$$eval('table.figures-table tbody', (bodies) => bodies.map((b) => Array.from(b.querySelectorAll('tr[data-verdict]'), (r) => Number(r.getAttribute('data-residual')))));
    await page.click('th[data-sort="residual"] button');
    for (const g of await residuals()) expect(g).toEqual([...g].sort((a, b) => a - b));
    await page.click('th[data-sort="residual"] button');
    for (const g of await residuals()) expect(g).toEqual([...g].sort((a, b) => b - a));
    expect(await page.getAttribute('th[data-sort="residual"]', 'aria-sort')).toBe('descending');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
