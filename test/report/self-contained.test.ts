// Reports are self-contained and reproducible: no resource from the network or the file system,
// a Content-Security-Policy whose script hashes match the inline scripts, and two forced builds
// of the same inputs give the same bytes. No browser.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, snapshot, tempProject, type TempProject } from '../helpers/project';

let P: TempProject;
let outA: string;
let outB: string;
let reports: Map<string, string>;

beforeAll(async () => {
  P = tempProject('dprk-self-');
  outA = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-self-a-'));
  outB = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-self-b-'));
  // One after the other: two builds at once would share neither lock nor CPU well.
  await P.build({ force: true, out: outA });
  await P.build({ force: true, out: outB });
  const dir = path.join(outA, 'reports');
  reports = new Map(filesUnder(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}, 300_000);

afterAll(() => {
  P?.remove();
  for (const d of [outA, outB]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

/** Opening tags of an element type, with their attributes. */
const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
const attr = (tag: string, a: string) => new RegExp(`\\s${a}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((x) => x !== undefined);

describe('every report', () => {
  it('exists', () => {
    expect([...reports.keys()]).toEqual(['01-describe-sources.html', '02-reconcile-figures.html', '03-chart-trends.html', 'index.html']);
  });

  it('loads nothing from the network or the file system', () => {
    for (const [f, html] of reports) {
      // Tags are looked for outside the vendored library code (vega's minified code holds "<a&&..."
      // and its loader mentions "file://" as a string constant); the CSP test pins that code.
      const markup = html.replace(/<script>[\s\S]*?<\/script>/g, '');
      // Inline scripts: vega, its interpreter and the bootstrap where there are charts; the table
      // script where there is the table of every figure.
      const inline = (markup.includes('class="vega-spec"') ? 3 : 0) + (markup.includes('<table class="figures-table">') ? 1 : 0);
      expect(tags(html, 'script').length - tags(markup, 'script').length, f).toBe(inline);
      // Data blocks only (chart specs, ClaimReview JSON-LD): never run, never loaded from elsewhere.
      for (const t of tags(markup, 'script')) expect(attr(t, 'type'), `${f}: ${t}`).toMatch(/^application\/(ld\+)?json$/);
      for (const name of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'source', 'video', 'audio', 'use', 'image']) {
        for (const t of tags(markup, name)) {
          for (const a of ['src', 'href', 'xlink:href', 'data', 'srcset']) {
            const v = attr(t, a);
            expect(v === undefined || !/^\s*(https?:|\/\/|file:)/i.test(v), `${f}: ${t.slice(0, 120)}`).toBe(true);
          }
        }
      }
      expect(tags(markup, 'script').filter((t) => attr(t, 'src') !== undefined), f).toEqual([]);
      expect(tags(markup, 'link').filter((t) => /stylesheet|preload|import|modulepreload/i.test(attr(t, 'rel') ?? '')), f).toEqual([]);
      expect(markup, f).not.toMatch(/file:\/\//i);
      expect(html, f).not.toMatch(/cdn\.jsdelivr|unpkg\.com|cdnjs|googleapis|gstatic/i);
      expect(html, f).not.toMatch(/@import|url\(\s*['"]?(https?:|\/\/)/i);
      // Links out are allowed only as <a href> (or an SVG <a xlink:href>, in charts) to http(s) sources.
      for (const t of tags(markup, 'a')) {
        const href = attr(t, 'href') ?? attr(t, 'xlink:href') ?? '';
        expect(/^(https?:\/\/|[\w-]+\.html$)/.test(href), `${f}: ${t}`).toBe(true);
      }
    }
  });

  it('has a CSP whose script-src hashes are exactly those of its inline scripts', () => {
    let withScripts = 0;
    for (const [f, html] of reports) {
      const metas = tags(html, 'meta').filter((t) => /http-equiv="Content-Security-Policy"/i.test(t));
      expect(metas, f).toHaveLength(1);
      const policy = (attr(metas[0]!, 'content') ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
      expect(directives.get('default-src'), f).toEqual(["'none'"]);
      expect(directives.get('connect-src'), f).toEqual(["'none'"]);
      expect(directives.get('base-uri'), f).toEqual(["'none'"]);
      const scriptSrc = directives.get('script-src') ?? [];
      expect(scriptSrc.some((s) => /unsafe-inline|unsafe-eval|https?:|\*/.test(s)), f).toBe(false);
      // The executable inline scripts (JSON specs are data, not run).
      const bodies = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/type="application\/(ld\+)?json"/i.test(m[1]!)).map((m) => m[2]!);
      const hashes = bodies.map((b) => `'sha256-${createHash('sha256').update(b, 'utf8').digest('base64')}'`);
      if (bodies.length) {
        withScripts++;
        expect([...scriptSrc].sort(), f).toEqual([...new Set(hashes)].sort());
      } else {
        expect(scriptSrc, f).toEqual(["'none'"]);
      }
    }
    expect(withScripts).toBeGreaterThan(0);
  });
});

describe('two forced builds of the same inputs', () => {
  it('give byte-identical reports and processed files', () => {
    const a = snapshot(outA);
    const b = snapshot(outB);
    expect(Object.keys(a).length).toBeGreaterThan(15);
    expect(b).toEqual(a);
  });
});
