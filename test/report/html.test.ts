import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpreterScript } from '../../src/report/assets';
import { esc, figure, jsonForScript, link, table } from '../../src/report/html';
import { notebookBody } from '../../src/report/page';

describe('escaping data in reports', () => {
  it('escapes markup characters', () => {
    expect(esc('<img src=x onerror="alert(1)">&\'')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
  });
  it('links only http(s) URLs', () => {
    expect(link('https://example.org/a?b=1&c=2', 'A')).toBe('<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">A</a>');
    expect(link('javascript:alert(1)', 'x')).toBe('x');
    expect(link('file:///etc/passwd')).toBe('file:///etc/passwd');
  });
  it('JSON inside a script element cannot close it', () => {
    const s = jsonForScript({ t: '</script><script>alert(1)</script><!--' });
    expect(s).not.toMatch(/<|>/);
    expect(JSON.parse(s)).toEqual({ t: '</script><script>alert(1)</script><!--' });
  });
  it('tables and figures escape captions and cells through esc()', () => {
    expect(table([{ a: '<b>' }], [{ title: 'T<', html: (r) => esc(r.a) }], 'c&')).toContain('<caption>c&amp;</caption><thead><tr><th>T&lt;</th>');
    expect(figure('<svg></svg>', {}, '<i>')).toContain('<figcaption>&lt;i&gt;</figcaption>');
  });
  it('markdown cells cannot carry raw HTML into a report', () => {
    const { body } = notebookBody({ cells: [{ cell_type: 'markdown', source: 'Hi <script>alert(1)</script>' }] });
    expect(body).toContain('&lt;script&gt;');
    expect(body).not.toContain('<script>');
  });
});

describe('the inlined expression interpreter', () => {
  it('is rewired from an ES module to the vega global', () => {
    const src = fs.readFileSync(path.join(__dirname, '..', '..', 'node_modules', 'vega-interpreter', 'build', 'vega-interpreter.js'), 'utf8');
    const out = interpreterScript(src);
    expect(out).not.toMatch(/^\s*(import|export)\b/m);
    expect(out).toContain('window.vegaExpressionInterpreter = expression;');
  });
  it('refuses a changed module layout instead of producing a broken script', () => {
    expect(() => interpreterScript('export default 1;')).toThrow(/vega-interpreter changed/);
  });
});
