// Lays out a findings diff as short Markdown for a pull request or a CI job summary: a one-line
// summary, then sections from the most important (flipped verdicts) to the least (raw rows).
import { diffText as t } from '../messages';
import { isEmpty, type Figure, type FindingsDiff, type Range, type YearMove } from './findings';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const fig = (f: Figure) => `\`${cell(f.claim_id)}\`: ${cell(f.value)} ${cell(f.wording)} (${cell(f.publisher)}, as of ${cell(f.as_of)})`;
const range = (r: Range | null) => (r === null ? '—' : r.low === r.high ? r.low : `${r.low}–${r.high}`);
const arrow = (a: string, b: string) => (a === b ? a : `${a} → ${b}`);
const years = (m: YearMove) => (m.firstYear === m.lastYear ? m.firstYear : `${m.firstYear}–${m.lastYear}`);

/** Rows shown per section, and ids per cell: the rest is counted, and listed by --json. */
export const MAX_ROWS = 25;
export const MAX_IDS = 8;

function tableMd(head: readonly string[], body: readonly (readonly string[])[]): string[] {
  const shown = body.slice(0, MAX_ROWS);
  const more = body.length - shown.length;
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...shown.map((r) => `| ${r.join(' | ')} |`), ...(more > 0 ? ['', t.more(more)] : [])];
}

/** Some ids in code style, and how many more. */
function ids(xs: readonly string[]): string {
  const shown = xs.slice(0, MAX_IDS).map((x) => `\`${cell(x)}\``).join(', ');
  return xs.length > MAX_IDS ? `${xs.length}: ${shown}, ${t.andMore(xs.length - MAX_IDS)}` : shown;
}

/** Edited rows: how many rows each column changed in, then some of the rows. */
function edits(edited: readonly { id: string; columns: readonly string[] }[]): string {
  if (!edited.length) return '';
  const byColumn = new Map<string, number>();
  for (const e of edited) for (const c of e.columns) byColumn.set(c, (byColumn.get(c) ?? 0) + 1);
  const columns = [...byColumn].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${cell(c)} (${n})`).join(', ');
  return `${columns}: ${ids(edited.map((e) => e.id))}`;
}

export function summaryParts(d: FindingsDiff): string[] {
  const rawRows = d.raw.reduce((n, r) => n + r.added.length + r.removed.length + r.edited.length, 0);
  return [
    t.count(d.flipped.length, 'verdict changed', 'verdicts changed'),
    `${t.count(d.added.length, 'figure added', 'figures added')}, ${d.removed.length} removed`,
    t.count(d.moved.length, 'record range or residual moved', 'record ranges or residuals moved'),
    ...(d.assertions.length ? [t.count(d.assertions.length, 'fact check changed', 'fact checks changed')] : []),
    t.count(d.openMissions.length + d.relations.length, 'run of yearly counts moved', 'runs of yearly counts moved'),
    t.count(rawRows, 'raw row changed', 'raw rows changed'),
  ];
}

export function diffMarkdown(d: FindingsDiff, against: string): string {
  if (isEmpty(d)) return `${t.none(against)}\n`;
  const out: string[] = [t.summary(summaryParts(d), against)];
  const section = (title: string, lines: string[]) => out.push('', `### ${title}`, '', ...lines);
  if (d.flipped.length) section(t.flipped, tableMd(['figure', 'was', 'now'], d.flipped.map((f) => [fig(f.figure), f.from, `**${f.to}**`])));
  if (d.assertions.length) section(t.assertions, tableMd(['claim', 'was', 'now'], d.assertions.map((a) => [`\`${cell(a.assertion_id)}\`: ${cell(a.statement)}`, a.from, `**${a.to}**`])));
  if (d.added.length) section(t.added, tableMd(['figure', 'verdict'], d.added.map((f) => [fig(f), f.verdict])));
  if (d.removed.length) section(t.removed, tableMd(['figure', 'verdict'], d.removed.map((f) => [fig(f), f.verdict])));
  if (d.moved.length) section(t.moved, tableMd(['figure', 'record range', 'residual'], d.moved.map((m) => [fig(m.figure), arrow(range(m.from), range(m.to)), arrow(m.from.residual, m.to.residual)])));
  const yearly = (title: string, what: string, moves: readonly YearMove[]) => {
    if (moves.length) section(title, tableMd([what, 'years', 'was', 'now'], moves.map((m) => [cell(m.series), years(m), range(m.from), range(m.to)])));
  };
  yearly(t.openMissions, 'mission type', d.openMissions);
  yearly(t.relations, 'definition', d.relations);
  if (d.raw.length) {
    section(t.raw, tableMd(['table', 'added', 'removed', 'edited: columns (rows), rows'], d.raw.map((r) => [r.table, ids(r.added), ids(r.removed), edits(r.edited)])));
  }
  return `${out.join('\n')}\n`;
}
