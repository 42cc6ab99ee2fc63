// Report 01's coverage section: how far back the record can be trusted, from coverage.csv. The
// table and the chart come from the same rows; the sentence that says where support begins is
// generated from them too.
import { COVERAGE_PARTS, coverageSpec, type CoveragePoint } from '../charts/coverage';
import { render } from '../charts/render';
import { MAX_PRESUMED_SHARE, holdsFrom, supportStart, type CoverageRow } from '../analysis/coverage';
import { METRIC_LABELS, type Metric } from '../schema/vocab';
import { figure } from '../report/html';
import { list, range } from '../analysis/words';
import { readRows } from './data';

export function coverageRows(): CoverageRow[] {
  return readRows('coverage.csv').map((r) => ({
    year: Number(r.year), metric: r.metric as Metric, low: Number(r.low), high: Number(r.high), width: Number(r.width),
    presumed: Number(r.presumed), dated: Number(r.dated), undated: Number(r.undated),
  }));
}

const PANELS: readonly [Metric, string][] = [['missions_all', 'All missions (South Korea’s register definition)'], ['relations_un_current', 'UN member states with relations in force']];

export function coveragePoints(rows: readonly CoverageRow[]): CoveragePoint[] {
  const out: CoveragePoint[] = [];
  for (const [metric, panel] of PANELS) {
    for (const r of rows.filter((x) => x.metric === metric)) {
      const counts = [r.low - r.presumed, r.presumed, r.width];
      COVERAGE_PARTS.forEach((part, i) => out.push({ year: r.year, panel, part, count: counts[i]! }));
    }
  }
  return out;
}

/** The widths the project aims at (issue 11), and the year from which it aims at them. */
const TARGET: Partial<Record<Metric, { width: number; from: number }>> = { missions_all: { width: 6, from: 2000 }, relations_un_current: { width: 3, from: 1990 } };

/** Years as runs: [2006, 2016, 2017, 2018] → "2006 and 2016–2018". */
function yearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return list(runs.map(([a, b]) => range(a, b)));
}

/** One sentence per panel: where support begins, and the years the range is wider than the target. */
export function supportSentences(rows: readonly CoverageRow[]): string[] {
  return PANELS.map(([metric]) => {
    const start = supportStart(rows, metric);
    const label = METRIC_LABELS[metric];
    const pct = `${Math.round(MAX_PRESUMED_SHARE * 100)}%`;
    const { width: target, from } = TARGET[metric] ?? { width: 6, from: 2000 };
    const narrow = holdsFrom(rows, metric, (r) => r.width <= target);
    const over = rows.filter((r) => r.metric === metric && r.year >= from && r.width > target);
    const presumed = start === undefined ? `no run of year ends up to the analysis date is at most ${pct} presumed` : `at most ${pct} of the count rests on presumption at every year end from ${start}`;
    const width = narrow === undefined ? `the range is wider than ${target} at the last year end`
      : narrow <= from ? `the range is at most ${target} wide at every year end from ${narrow}`
      : `the range is wider than ${target} at the end${over.length > 1 ? 's' : ''} of ${yearRuns(over.map((r) => r.year))} (at most ${Math.max(...over.map((r) => r.width))} wide) and at most ${target} at every other year end from ${from}`;
    return `For ${label}, ${presumed}; ${width}.`;
  });
}

export async function coverageFigure(): Promise<string> {
  const rows = coverageRows();
  const years = Object.fromEntries(PANELS.map(([m, name]) => [name, m === 'missions_all' ? supportStart(rows, m) : undefined]));
  const r = await render(coverageSpec(coveragePoints(rows), years, 'How much of each count rests on dated evidence'));
  return figure(r.svg, r.vega, 'Green: members counted because a dated event or list shows them. Yellow: counted only by presumption (open before their first record). Grey: members whose state is uncertain, the width of the range. The dashed line marks where the missions count is at most 10% presumed.');
}

/** The coverage rows behind the chart, every fifth year end and the last one, for the table. */
export function coverageTable(rows: readonly CoverageRow[] = coverageRows()): object[] {
  const last = Math.max(...rows.map((r) => r.year));
  return PANELS.flatMap(([metric]) =>
    rows
      .filter((r) => r.metric === metric && r.year >= 1990 && (r.year % 5 === 0 || r.year === last))
      .map((r) => ({ metric, year: r.year, low: r.low, high: r.high, width: r.width, presumed: r.presumed, 'presumed share': r.low ? `${Math.round((100 * r.presumed) / r.low)}%` : '0%' })),
  );
}

/** The support sentences as HTML paragraphs. */
export function supportHtml(): string {
  return supportSentences(coverageRows()).map((s) => `<p>${s}</p>`).join('\n');
}

/** Where the missions chart starts: the first year the record supports (at most 10% presumed). */
export function missionsSupportYear(): number {
  return supportStart(coverageRows(), 'missions_all') ?? Math.max(...coverageRows().map((r) => r.year));
}

/** The sentence under the missions chart's heading: where it starts, and why. */
export function missionsSupportSentence(): string {
  const year = missionsSupportYear();
  return `<p>The chart starts in ${year}: from that year on, at most ${Math.round(MAX_PRESUMED_SHARE * 100)}% of the record's count of missions rests on presumption (see report 01, “How far back the record can be trusted”). Earlier years are in <code>data/processed/open_missions.csv</code> and the table below, but most of their missions are only presumed open.</p>`;
}
