// The charts of the published figures for reports 01 and 02, built from processed tables and
// rendered to an HTML figure (static SVG + compiled vega spec). The data shaping lives here, so
// that it is tested once; the specs are in src/charts/figures.ts.
import { partialDate } from '../dates';
import { range } from '../analysis/words';
import { VERDICT_LABELS, type Verdict } from '../analysis/verdicts';
import { reconciliationSpec, sourcesOverTimeSpec, type ReconPoint, type SourcePoint } from '../charts/figures';
import { render } from '../charts/render';
import { figure } from '../report/html';
import { METRICS, METRIC_LABELS, SOURCE_KINDS, scopeName, type Metric } from '../schema/vocab';
import * as data from './data';

const metricLabel = (m: string) => METRIC_LABELS[m as Metric] ?? m;
// Chart text keeps to ASCII separators: CJK fallback fonts draw '·' a full em wide.
const scopeText = (s: string) => (s === 'world' ? '' : `, ${scopeName(s)}`);
const qualified = (r: { qualifier: string; value: number }) => `${r.qualifier === 'exact' ? '' : `${r.qualifier.replace('_', ' ')} `}${r.value}`;

/** Rows of the reconciliation chart: one per figure with a value, labelled "as-of · publisher", unique within a panel. */
export function reconPoints(recon: readonly data.ReconRow[], titles: ReadonlyMap<string, string>): ReconPoint[] {
  const sorted = recon
    .filter((r) => !Number.isNaN(r.value) && r.as_of !== '')
    .sort((a, b) => {
      const x = partialDate(a.as_of).first;
      const y = partialDate(b.as_of).first;
      return x < y ? -1 : x > y ? 1 : a.claim_id < b.claim_id ? -1 : 1;
    });
  const seen = new Set<string>();
  return sorted.map((r, i) => {
    const base = `${r.as_of} ${r.publisher}${scopeText(r.scope)}`;
    let row = base;
    if (seen.has(`${r.literal_metric}\u0000${row}`)) row = `${base} (${r.value})`;
    if (seen.has(`${r.literal_metric}\u0000${row}`)) row = `${base} (${r.claim_id})`;
    seen.add(`${r.literal_metric}\u0000${row}`);
    const counted = !Number.isNaN(r.record_low) && !Number.isNaN(r.record_high);
    return {
      claimId: r.claim_id,
      metric: r.literal_metric,
      panel: `${metricLabel(r.literal_metric)}`,
      row,
      order: i,
      value: r.value,
      low: counted ? r.record_low : null,
      high: counted ? r.record_high : null,
      verdict: VERDICT_LABELS[r.verdict as Verdict] ?? r.verdict,
      figure: `${qualified(r)} ${r.wording}`,
      wording: r.wording,
      source: `${r.publisher}: ${titles.get(r.source_id) ?? ''}`,
      asOf: r.as_of,
      record: counted ? range(r.record_low, r.record_high) : 'not counted',
      explanation: r.explanation,
    };
  });
}

export async function reconciliationFigure(): Promise<string> {
  const titles = new Map(data.sources().map((s) => [s.source_id!, s.title!]));
  const points = reconPoints(data.reconciliation(), titles);
  const r = await render(reconciliationSpec(points, METRICS, 'Each published figure against the record'));
  return figure(r.svg, r.vega, `${points.length} figures, one row each, grouped by what the record counted for them (the definition the source’s own words give) and sorted by the date they describe. Hover a row for its wording, source and the reason for its verdict.`);
}

/** Points of the sources chart: every figure with a value and an as-of date, with its source's kind, title and link. */
export function sourcePoints(recon: readonly data.ReconRow[], sources: readonly Record<string, string>[]): SourcePoint[] {
  const byId = new Map(sources.map((s) => [s.source_id!, s]));
  return recon
    .filter((r) => !Number.isNaN(r.value) && r.as_of !== '')
    .map((r) => {
      const s = byId.get(r.source_id);
      return {
        metric: r.metric,
        panel: metricLabel(r.metric),
        date: partialDate(r.as_of).first,
        value: r.value,
        kind: s?.kind ?? '',
        figure: `${qualified(r)} ${r.wording}${scopeText(r.scope)}`,
        wording: r.wording,
        asOf: r.as_of,
        publisher: r.publisher,
        title: s?.title ?? '',
        url: r.url,
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.figure < b.figure ? -1 : 1));
}

export async function sourcesFigure(): Promise<string> {
  const points = sourcePoints(data.reconciliation(), data.sources());
  const r = await render(sourcesOverTimeSpec(points, METRICS, SOURCE_KINDS, 'What sources said, and when'));
  return figure(r.svg, r.vega, 'Each published figure at the date it describes, in one panel per thing it counts (our reading), coloured by the kind of source. Hover a point for the source’s title; click it to open the source. The tables below give every title with its link.');
}
