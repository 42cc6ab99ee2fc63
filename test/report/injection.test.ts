// Hostile strings in the raw data reach the reports only as text: escaped in HTML, neutralised in
// processed CSVs, and inert in a browser. A javascript: URL is rejected by the loader.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esc, isHttpUrl, link } from '../../src/report/html';
import { launch } from '../helpers/browser';
import { dist, filesUnder, setCsvField, snapshot, tempProject, type TempProject } from '../helpers/project';

const TITLE = '<script>alert(1)</script>';
const PUBLISHER = '<img src=x onerror=alert(2)>';
const WORDING = '</script><script>alert(3)</script>';
const PWNED = '<script>window.__pwned=1</script>';
const NOTES = '=HYPERLINK("http://x")';
const FORMULA_WORDING = '@SUM(1+1)*cmd';
const JS_URL = 'javascript:alert(4)';
const HOSTILE = [TITLE, PUBLISHER, WORDING, PWNED];

let P: TempProject;
let reports: Map<string, string>;

beforeAll(async () => {
  P = tempProject('dprk-inject-');
  const raw = (f: string) => path.join(P.raw, f);
  setCsvField(raw('sources.csv'), 'foreignpolicy-2017-09-21-mapped-missions', 'title', TITLE);
  setCsvField(raw('sources.csv'), 'foreignpolicy-2017-09-21-mapped-missions', 'publisher', PUBLISHER);
  setCsvField(raw('claims.csv'), 'ncnk-2017-embassies-47', 'wording', WORDING);
  setCsvField(raw('claims.csv'), 'ypt-2023-embassies-47', 'wording', PWNED);
  setCsvField(raw('claims.csv'), 'ncnk-2017-embassies-47', 'notes', NOTES);
  setCsvField(raw('claims.csv'), 'donga-2023-missions-53', 'wording', FORMULA_WORDING);
  // Source titles are not shown in any report; the same string also goes into an assertion's
  // statement, which report 02 shows.
  setCsvField(raw('assertions.csv'), 'unnews-2023-11-12-all-missions-closed', 'statement', TITLE);
  await P.build({ force: true });
  const dir = path.join(P.root, 'reports');
  reports = new Map(filesUnder(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}, 300_000);

afterAll(() => P?.remove());

describe('a javascript: URL in sources.csv', () => {
  it('is rejected by the loader with file:line:column, and the build writes nothing', async () => {
    const Q = tempProject('dprk-inject-url-');
    try {
      const file = path.join(Q.raw, 'sources.csv');
      setCsvField(file, 'foreignpolicy-2017-09-21-mapped-missions', 'url', JS_URL);
      const line = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('foreignpolicy-2017-09-21-mapped-missions,')) + 1;
      const loaded = dist.record.loadRecord((f) => fs.readFileSync(path.join(Q.raw, f)), 'data/raw', { today: '2026-11-24' });
      const bad = loaded.issues.filter((i) => i.columnName === 'url');
      expect(bad).toEqual([expect.objectContaining({ severity: 'error', file: 'data/raw/sources.csv', line, column: 4, value: JS_URL, expected: dist.messages.expect.url })]);
      const err = await Q.build({ force: true }).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(dist.stages.DataError);
      expect((err as Error).message).toContain(`error: data/raw/sources.csv:${line}:4 column "url": found "javascript:alert(4)", expected an absolute http:// or https:// URL`);
      expect(snapshot(Q.root)).toEqual({});
    } finally {
      Q.remove();
    }
  }, 60_000);

  it('is never made a link by link()', () => {
    expect(isHttpUrl(JS_URL)).toBe(false);
    expect(link(JS_URL)).toBe('javascript:alert(4)');
    expect(link(JS_URL, TITLE)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(link(' javascript:alert(4)')).not.toContain('<a');
    expect(link('JAVASCRIPT:alert(4)')).not.toContain('<a');
    expect(link('data:text/html,<script>alert(5)</script>')).toBe('data:text/html,&lt;script&gt;alert(5)&lt;/script&gt;');
    expect(link('https://example.org/a?b="><script>alert(6)</script>', PUBLISHER)).toBe(
      '<a href="https://example.org/a?b=&quot;&gt;&lt;script&gt;alert(6)&lt;/script&gt;" rel="noopener noreferrer">&lt;img src=x onerror=alert(2)&gt;</a>',
    );
  });
});

describe('hostile strings in the reports', () => {
  it('appear only escaped, never as markup', () => {
    expect([...reports.keys()].sort()).toEqual(['01-describe-sources.html', '02-reconcile-figures.html', '03-chart-trends.html', 'index.html']);
    const all = [...reports.values()].join('\n');
    for (const h of HOSTILE) {
      for (const [f, html] of reports) expect(html.includes(h), `${f} contains ${h} unescaped`).toBe(false);
      // The data did reach the reports (otherwise this test proves nothing).
      expect(all.includes(esc(h)), `no report shows ${h}`).toBe(true);
    }
    for (const [f, html] of reports) {
      expect(html, f).not.toMatch(/<script>alert|<img[^>]*onerror|<script>window\.__pwned/i);
      expect(html, f).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src [^"]*"/);
    }
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });
});

describe('formula-like text in processed CSVs', () => {
  it('is prefixed with an apostrophe, and datapackage.json says so', () => {
    const processed = path.join(P.root, 'data', 'processed');
    const rows = parse(fs.readFileSync(path.join(processed, 'claims.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.claim_id === 'ncnk-2017-embassies-47');
    expect(row?.notes).toBe(`'${NOTES}`);
    for (const f of fs.readdirSync(processed).filter((x) => x.endsWith('.csv'))) {
      const cells = (parse(fs.readFileSync(path.join(processed, f), 'utf8')) as string[][]).slice(1).flat();
      expect(cells.filter((c) => /^[=+@\t\r]/.test(c)), f).toEqual([]);
    }
    // The claim's wording is copied to reconciliation.csv, an analysis table: neutralised there too.
    const recon = parse(fs.readFileSync(path.join(processed, 'reconciliation.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(recon.find((r) => r.claim_id === 'donga-2023-missions-53')?.wording).toBe(`'${FORMULA_WORDING}`);
    expect(rows.find((r) => r.claim_id === 'donga-2023-missions-53')?.wording).toBe(`'${FORMULA_WORDING}`);
    const pkg = JSON.parse(fs.readFileSync(path.join(processed, 'datapackage.json'), 'utf8')) as {
      description: string;
      resources: { name?: string; path: string; schema: { fields: { name: string; description: string }[] } }[];
    };
    expect(pkg.description).toMatch(/apostrophe/);
    const claims = pkg.resources.find((r) => r.path.endsWith('claims.csv'));
    const notes = claims?.schema.fields.find((fl) => fl.name === 'notes');
    expect(notes?.description).toMatch(/start with =.*prefixed with an apostrophe/);
    const reconPkg = pkg.resources.find((r) => r.path.endsWith('reconciliation.csv'));
    expect(reconPkg?.schema.fields.find((fl) => fl.name === 'wording')?.description).toMatch(/prefixed with an apostrophe/);
  });

  it('is shown in the reports as written, without the apostrophe', () => {
    const r02 = reports.get('02-reconcile-figures.html')!;
    expect(r02).toContain(esc(FORMULA_WORDING));
    expect(r02).not.toContain(esc(`'${FORMULA_WORDING}`));
  });
});

describe('the reports in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(async () => browser?.close());

  it('fire no dialog, run no script from the data, and carry a CSP', async () => {
    for (const f of reports.keys()) {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`file://${path.join(P.root, 'reports', f)}`);
      const charts = await page.locator('figure.chart').count();
      if (charts) await page.waitForFunction((n) => document.querySelectorAll('figure.chart.live').length === n, charts, { timeout: 15_000 });
      await page.waitForTimeout(200);
      expect(dialogs, f).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), f).toBeUndefined();
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), f).toBe(1);
      expect(await page.locator('img').count(), f).toBe(0);
      // Every <script> element is one of the report's own: chart code or a JSON spec.
      const scripts = await page.evaluate(() => Array.from(document.scripts, (s) => ({ type: s.type, text: s.text.slice(0, 10_000) })));
      for (const s of scripts) {
        if (s.type === 'application/json') continue;
        expect(s.text, f).not.toMatch(/alert\(|__pwned/);
      }
      // The hostile strings are there as visible text.
      if (f === '02-reconcile-figures.html') {
        const shown = await page.evaluate(() => document.body.innerText);
        for (const h of HOSTILE) expect(shown, `${f} shows ${h} as text`).toContain(h);
      }
      await page.close();
    }
  }, 120_000);
});
