// HTML building blocks for notebooks and reports. Every string that comes from data passes
// through esc(); a URL becomes a link only when it is http(s). Nothing here reads files.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link when the URL is http(s); otherwise the text alone (a bad URL is never made clickable). */
export function link(url: string, text?: string): string {
  const label = esc(text ?? url);
  return isHttpUrl(url) ? `<a href="${esc(url)}" rel="noopener noreferrer">${label}</a>` : label;
}

/** JSON safe to place inside <script type="application/json">: no "</script" or "<!--" can occur. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface Column<R> {
  readonly title: string;
  /** Cell HTML; use esc() or link() for data. */
  readonly html: (row: R) => string;
  readonly numeric?: boolean;
}

/** An HTML table; `rowId` gives each row an id (an anchor that links can point to). */
export function table<R>(rows: readonly R[], columns: readonly Column<R>[], caption?: string, rowId?: (row: R) => string): string {
  const head = columns.map((c) => `<th${c.numeric ? ' class="num"' : ''}>${esc(c.title)}</th>`).join('');
  const body = rows.map((r) => `<tr${rowId ? ` id="${esc(rowId(r))}"` : ''}>${columns.map((c) => `<td${c.numeric ? ' class="num"' : ''}>${c.html(r)}</td>`).join('')}</tr>`).join('\n');
  return `<table>${caption ? `<caption>${esc(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

export function figure(svg: string, vegaSpec: object, caption: string): string {
  return `<figure class="chart"><div class="chart-static">${svg}</div><script type="application/json" class="vega-spec">${jsonForScript(vegaSpec)}</script><figcaption>${esc(caption)}</figcaption></figure>`;
}
