// Lays out a findings diff as short Markdown for a pull request or a CI job summary: a one-line
// summary, then sections from the most important (flipped verdicts) to the least (raw rows).
import { diffText as t } from '../messages';
import { isEmpty, type Figure, type FindingsDiff, type Range, type YearMove } from './findings';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const fig = (f: Figure) => `\`${cell(f.claim_id)}\`: ${cell(f.value)} ${cell(f.wording)} (${cell(f.publisher)}, as of ${cell(f.as_of)})`;
const range = (r: Range | null) => (r === null ? '—' : r.low === r.high ? r.low : `${r.low}–${r.high}`);
const arrow = (a: string, b: string) => (a === b ? a : `${a} → ${b}`);
const years = (m: YearMove) => (m.firstYear === m.lastYear ? m.firstYear : `${m.firstYear}–${m.lastYear}`);

function tableMd(head: readonly string[], body: readonly (readonly string[])[]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)];
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
  const ids = (xs: readonly string[]) => xs.map((x) => `\`${cell(x)}\``).join(', ');
  if (d.raw.length) {
    section(t.raw, tableMd(['table', 'added', 'removed', 'edited (columns)'], d.raw.map((r) => [
      r.table, ids(r.added), ids(r.removed), r.edited.map((e) => `\`${cell(e.id)}\` (${e.columns.join(', ')})`).join(', '),
    ])));
  }
  return `${out.join('\n')}\n`;
}
