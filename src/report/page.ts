// Turns an executed notebook into a self-contained HTML report, and writes the index page.
// Markdown cells are rendered with raw HTML disabled; code is kept in a collapsed block; outputs
// are taken as the notebook produced them (HTML from src/report/html.ts, which escapes data).
import MarkdownIt from 'markdown-it';
import { chartScripts, type Script } from './assets';
import { tableScript } from './table-script';
import { esc } from './html';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export interface NotebookCell {
  readonly cell_type: 'markdown' | 'code' | 'raw';
  readonly source: string | string[];
  readonly outputs?: readonly { output_type: string; data?: Record<string, string | string[]>; text?: string | string[]; name?: string }[];
}

export interface Notebook {
  readonly cells: readonly NotebookCell[];
}

export interface Footer {
  readonly generator: string;
  readonly tools: Readonly<Record<string, string>>;
  readonly inputs: Readonly<Record<string, string>>; // file -> sha256
}

export interface NavItem { readonly file: string; readonly title: string }

const join = (s: string | readonly string[] | undefined): string => (Array.isArray(s) ? s.join('') : ((s as string | undefined) ?? ''));

export const STYLE = `
:root { color-scheme: light; }
body { font: 16px/1.55 Georgia, 'Times New Roman', 'Noto Serif CJK KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', serif; color: #1f2328; margin: 0; background: #fff; }
header, main, footer { max-width: 760px; margin: 0 auto; padding: 0 20px; }
header nav { font: 14px/1.4 Helvetica, Arial, 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif; padding: 14px 0; border-bottom: 1px solid #d0d7de; }
header nav a { margin-right: 14px; color: #0969da; text-decoration: none; }
header nav a[aria-current] { font-weight: bold; color: #1f2328; }
h1, h2, h3 { font-family: Helvetica, Arial, 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif; line-height: 1.25; }
h1 { font-size: 28px; margin-top: 28px; }
a { color: #0969da; }
table { border-collapse: collapse; font: 13px/1.4 Helvetica, Arial, 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif; margin: 12px 0 24px; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border-bottom: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
figure.chart { margin: 18px 0 28px; overflow-x: auto; }
figure.chart figcaption { font: 13px/1.4 Helvetica, Arial, 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif; color: #57606a; }
figure.chart.live .chart-static { display: none; }
details.code { font: 12px/1.4 monospace; color: #57606a; margin: 4px 0; }
details.code pre { background: #f6f8fa; padding: 8px; overflow-x: auto; }
pre.output { background: #f6f8fa; padding: 8px; overflow-x: auto; font-size: 13px; }
.verdict { font: bold 12px Helvetica, Arial, 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif; padding: 1px 6px; border-radius: 8px; display: inline-block; line-height: 1.35; }
table.figures-table { table-layout: fixed; }
table.figures-table td { overflow-wrap: anywhere; }
table.figures-table tr.group th { font-size: 14px; background: #f6f8fa; padding-top: 10px; border-bottom: 2px solid #d0d7de; }
table.figures-table tr.group .n { font-weight: normal; color: #57606a; }
table.figures-table th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: #0969da; }
table.figures-table th[aria-sort=ascending] button::after { content: ' ▲'; } table.figures-table th[aria-sort=descending] button::after { content: ' ▼'; }
.figures-filter { font: 13px Helvetica, Arial, sans-serif; margin: 12px 0 0; }
.figures-filter select { max-width: 24em; }
p.warning { color: #9a6700; }
table.data th, table.data td { overflow-wrap: anywhere; }
table.data tr.more td { color: #57606a; font-style: italic; }
.verdict-consistent { background: #dafbe1; } .verdict-consistent_other_definition { background: #ddf4ff; }
.verdict-consistent_nearby_date { background: #fbefff; } .verdict-contradicted { background: #ffebe9; } .verdict-cannot_check { background: #eaeef2; }
footer { font: 12px/1.5 Helvetica, Arial, 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif; color: #57606a; border-top: 1px solid #d0d7de; margin-top: 40px; padding-bottom: 40px; }
footer code { font-size: 11px; }
@media print { header nav, details.code { display: none; } figure.chart.live .chart-static { display: block; } figure.chart .chart-live { display: none; } }
`;

function csp(scripts: readonly Script[]): string {
  const scriptSrc = scripts.length ? scripts.map((s) => s.hash).join(' ') : "'none'";
  return `default-src 'none'; script-src ${scriptSrc}; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;
}

export function page(title: string, body: string, nav: readonly NavItem[], current: string, footer: Footer, withCharts: boolean): string {
  const scripts = [...(withCharts ? chartScripts() : []), ...(body.includes('<table class="figures-table">') ? [tableScript()] : [])];
  const navHtml = nav.map((n) => `<a href="${esc(n.file)}"${n.file === current ? ' aria-current="page"' : ''}>${esc(n.title)}</a>`).join('');
  const tools = Object.entries(footer.tools).map(([k, v]) => `${esc(k)} ${esc(v)}`).join(', ');
  const inputs = Object.entries(footer.inputs).map(([f, h]) => `<li><code>${esc(f)}</code> <code>${esc(h.slice(0, 16))}</code></li>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp(scripts))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(footer.generator)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><nav>${navHtml}</nav></header>
<main>
${body}
</main>
<footer>
<p>Generated by ${esc(footer.generator)} from the committed data; rebuild with <code>npm run build</code>. Tools: ${tools}.</p>
<p>Inputs (sha256, first 16 hex digits):</p><ul>${inputs}</ul>
</footer>
${scripts.map((s) => `<script>${s.code}</script>`).join('\n')}
</body>
</html>
`;
}

/** The body of a report: markdown rendered, code collapsed, outputs as produced. */
export function notebookBody(nb: Notebook): { body: string; hasCharts: boolean } {
  const parts: string[] = [];
  for (const cell of nb.cells) {
    const source = join(cell.source);
    if (cell.cell_type === 'markdown') parts.push(md.render(source));
    if (cell.cell_type !== 'code') continue;
    if (source.trim()) parts.push(`<details class="code"><summary>Code</summary><pre>${esc(source)}</pre></details>`);
    for (const out of cell.outputs ?? []) {
      if (out.output_type === 'stream') {
        if (out.name === 'stdout' && join(out.text).trim()) parts.push(`<pre class="output">${esc(join(out.text))}</pre>`);
        continue;
      }
      const data = out.data ?? {};
      if (data['text/html'] !== undefined) parts.push(join(data['text/html']));
      else if (data['image/svg+xml'] !== undefined) parts.push(`<figure>${join(data['image/svg+xml'])}</figure>`);
      else if (data['text/plain'] !== undefined) parts.push(`<pre class="output">${esc(join(data['text/plain']))}</pre>`);
    }
  }
  const body = parts.join('\n');
  return { body, hasCharts: body.includes('class="vega-spec"') };
}

/** Title and summary of a notebook: its first heading and the paragraph after it. */
export function notebookTitle(nb: Notebook): { title: string; summary: string } {
  const first = nb.cells.find((c) => c.cell_type === 'markdown');
  const lines = join(first?.source).split('\n');
  const heading = lines.find((l) => l.startsWith('# '))?.slice(2).trim() ?? 'Report';
  const summary = lines.find((l) => l.trim() && !l.startsWith('#'))?.trim() ?? '';
  return { title: heading, summary };
}
