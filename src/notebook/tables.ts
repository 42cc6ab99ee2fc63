// Summary tables for the notebooks that a dataframe makes short: grouped counts and pivots with
// danfojs. Loaded only by notebooks (danfojs costs ~0.7 s to load).
import * as dfd from 'danfojs-node';
import { partialDate } from '../dates';
import { esc, table } from '../report/html';
import { METRIC_LABELS, type Metric } from '../schema/vocab';
import * as data from './data';

/** Published figures per metric and decade of their as-of date. */
export function figuresByMetricAndDecade(): string {
  const rows = data.reconciliation().map((r) => ({
    metric: r.metric,
    decade: `${partialDate(r.as_of).first.slice(0, 3)}0s`,
    n: 1,
  }));
  const df = new dfd.DataFrame(rows);
  // danfojs 1.1: count() fails on string columns and size() renames the keys; sum a column of ones.
  const grouped = df.groupby(['metric', 'decade']).agg({ n: 'sum' });
  const counts = dfd.toJSON(grouped, { format: 'column' }) as { metric: string; decade: string; n_sum: number }[];
  const decades = [...new Set(rows.map((r) => r.decade))].sort();
  const metrics = [...new Set(rows.map((r) => r.metric))].sort();
  const cell = (m: string, d: string) => {
    const hit = counts.find((c) => c.metric === m && c.decade === d);
    return hit ? hit.n_sum : 0;
  };
  return table(
    metrics.map((m) => ({ m, cells: decades.map((d) => cell(m, d)) })),
    [
      { title: 'What the figure counts', html: (r) => esc(METRIC_LABELS[r.m as Metric] ?? r.m) },
      ...decades.map((d, i) => ({ title: d, html: (r: { cells: number[] }) => esc(r.cells[i] || ''), numeric: true })),
    ],
    'Published figures in the record, by what they count and the decade they describe',
  );
}
