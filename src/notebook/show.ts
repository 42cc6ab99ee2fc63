// Rows as an HTML table for a notebook: the data behind a section's sentences, at most 20 rows,
// the rest summarised in a last line. Columns are the rows' own keys unless chosen. Pure.
import { esc } from '../report/html';

export interface ShowOptions {
  readonly caption?: string;
  readonly columns?: readonly string[];
  readonly max?: number; // rows shown, 20 unless set
}

function cell(v: unknown): string {
  if (Array.isArray(v)) return esc(v.join('; '));
  if (v !== null && typeof v === 'object') return esc(JSON.stringify(v));
  return esc(v);
}

export function dataTable(rows: readonly object[], opts: ShowOptions = {}): string {
  const max = opts.max ?? 20;
  const list = rows as readonly Record<string, unknown>[];
  const columns = opts.columns ?? [...new Set(list.flatMap((r) => Object.keys(r)))];
  const numeric = columns.map((c) => list.length > 0 && list.every((r) => typeof r[c] === 'number'));
  const head = columns.map((c, i) => `<th${numeric[i] ? ' class="num"' : ''}>${esc(c)}</th>`).join('');
  const shown = list.slice(0, max).map((r) => `<tr>${columns.map((c, i) => `<td${numeric[i] ? ' class="num"' : ''}>${cell(r[c])}</td>`).join('')}</tr>`);
  const rest = list.length - shown.length;
  if (rest > 0) shown.push(`<tr class="more"><td colspan="${columns.length}">… and ${rest} more row${rest === 1 ? '' : 's'} (${list.length} in all)</td></tr>`);
  if (list.length === 0) shown.push(`<tr class="more"><td colspan="${Math.max(1, columns.length)}">no rows</td></tr>`);
  const caption = opts.caption ? `<caption>${esc(opts.caption)}</caption>` : '';
  return `<table class="data">${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${shown.join('\n')}\n</tbody></table>`;
}
