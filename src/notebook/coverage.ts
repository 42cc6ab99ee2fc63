// Report 01's coverage section: how far back the record can be trusted, from coverage.csv. The
// table and the chart come from the same rows; the sentence that says where support begins is
// generated from them too.
import { COVERAGE_PARTS, coverageSpec, type CoveragePoint } from '../charts/coverage';
import { render } from '../charts/render';
import { MAX_PRESUMED_SHARE, supportStart } from '../analysis/coverage';
import { METRIC_LABELS, type Metric } from '../schema/vocab';
import { figure } from '../report/html';
import { readRows } from './data';

export interface CoverageRow { year: number; metric: Metric; low: number; high: number; width: number; presumed: number; dated: number; undated: number }

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

/** One sentence per panel: where support begins, and what the count rests on before it. */
export function supportSentences(rows: readonly CoverageRow[]): string[] {
  return PANELS.map(([metric]) => {
    const start = supportStart(rows, metric);
    const label = METRIC_LABELS[metric];
    const pct = `${Math.round(MAX_PRESUMED_SHARE * 100)}%`;
    const last = rows.filter((r) => r.metric === metric).sort((a, b) => b.year - a.year)[0];
    if (start === undefined) return `For ${label}, no year-end count is ${pct} or less presumption-free to the end of the record.`;
    const width = Math.max(...rows.filter((r) => r.metric === metric && r.year >= start).map((r) => r.width));
    return `For ${label}, the record supports the count from ${start} on: from then to ${last?.year}, at most ${pct} of the count rests on presumption and the range is at most ${width} wide. Before ${start}, more of it is presumed.`;
  });
}

export async function coverageFigure(): Promise<string> {
  const rows = coverageRows();
  const start = supportStart(rows, 'missions_all');
  const r = await render(coverageSpec(coveragePoints(rows), start, 'How much of each count rests on dated evidence'));
  return figure(r.svg, r.vega, 'Green: members counted because a dated event or list shows them. Yellow: counted only by presumption (open before their first record). Grey: members whose state is uncertain, the width of the range. The dashed line marks where the missions count is at most 10% presumed.');
}
