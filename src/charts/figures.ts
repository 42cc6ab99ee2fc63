// Two charts of the published figures themselves, as vega-lite specs (pure; rendering is in
// render.ts): every figure against the record's range (report 02), and what sources said over
// time (report 01). Panels follow the metrics present in the rows, in vocabulary order, so a
// metric added to src/schema/vocab.ts gets its panel without a change here.
import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { textWidth } from './text-width';
import { config, figureTooltip, VERDICT_COLORS } from './theme';

export interface ReconPoint {
  readonly claimId: string;
  readonly metric: string; // the panel: what the record counted (the figure's literal definition)
  readonly panel: string; // its title
  readonly row: string; // the row label, unique within the panel
  readonly order: number; // rows sorted by this within the panel (as-of date, then id)
  readonly value: number;
  readonly low: number | null; // the record's range, null when the record cannot count it
  readonly high: number | null;
  readonly verdict: string; // label
  readonly figure: string;
  readonly wording: string;
  readonly source: string; // publisher: title
  readonly asOf: string;
  readonly record: string; // the range as text
  readonly explanation: string;
}

/** The whole chart fits the reports' text column: row labels and plot share this many px. */
const CHART_WIDTH = 700;
const ROW = 14;

/** A long panel title as lines of at most `width` characters, broken between words (vega draws an array as lines). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Panels in the order of `metrics`, skipping those without rows. */
function panels<R extends { metric: string }>(rows: readonly R[], metrics: readonly string[]): string[] {
  const present = new Set(rows.map((r) => r.metric));
  return [...metrics.filter((m) => present.has(m)), ...[...present].filter((m) => !metrics.includes(m)).sort()];
}

/**
 * A dot-and-range plot: one row per figure, sorted by date, in one panel per definition, each
 * with its own scale (4 consulates and 160 countries cannot share an axis). The grey bar is the
 * record's count at the figure's as-of date; the dot is the published value, coloured by verdict.
 */
export function reconciliationSpec(points: readonly ReconPoint[], metrics: readonly string[], title: string): TopLevelSpec {
  const tooltip = figureTooltip(['source', 'Source'], ['record', 'Record'], ['verdict', 'Verdict'], ['explanation', 'Why']);
  // Panels are aligned on their plots, so the longest row label of any panel sets the room left for the plots.
  const labels = Math.max(0, ...points.map((p) => textWidth(p.row, 10)));
  const plotWidth = Math.round(Math.min(420, Math.max(220, CHART_WIDTH - labels - 30)));
  const panel = (metric: string) => {
    const rows = points.filter((p) => p.metric === metric).sort((a, b) => a.order - b.order);
    const y = { field: 'row', type: 'nominal', sort: rows.map((r) => r.row), title: null, axis: { labelFontSize: 10, ticks: false, domain: false } };
    // A range of one value gets a bar 0.8 wide, so that it shows as a short grey block.
    const bars = rows.filter((r) => r.low !== null && r.high !== null).map((r) => ({ ...r, lo: r.low! - 0.4, hi: r.high! + 0.4 }));
    return {
      title: { text: wrap(rows[0]?.panel ?? metric, 56), anchor: 'start', fontSize: 12 },
      width: plotWidth,
      height: { step: ROW },
      layer: [
        {
          data: { values: bars },
          mark: { type: 'bar', height: 7, color: '#afb8c1', cornerRadius: 2 },
          encoding: { y, x: { field: 'lo', type: 'quantitative', title: null, scale: { zero: false }, axis: { tickMinStep: 1, format: 'd' } }, x2: { field: 'hi' }, tooltip },
        },
        {
          data: { values: rows.map((r) => ({ ...r })) },
          mark: { type: 'point', filled: true, size: 42, stroke: 'white', strokeWidth: 0.8, opacity: 1 },
          encoding: { y, x: { field: 'value', type: 'quantitative' }, fill: { field: 'verdict', type: 'nominal', title: 'Verdict', scale: VERDICT_COLORS }, tooltip },
        },
      ],
    };
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start', subtitle: "Dot: the published value, coloured by verdict. Grey bar: the record's count at the figure's date.", subtitleFontSize: 11 },
    config: { ...config, legend: { ...config.legend, orient: 'top', columns: 1 } },
    vconcat: panels(points, metrics).map(panel),
    spacing: 24,
    resolve: { scale: { x: 'independent', y: 'independent' } },
  } as TopLevelSpec;
}

export interface SourcePoint {
  readonly metric: string;
  readonly panel: string;
  readonly date: string; // first day of the as-of date
  readonly value: number;
  readonly kind: string;
  readonly figure: string;
  readonly wording: string;
  readonly asOf: string;
  readonly publisher: string;
  readonly title: string;
  readonly url: string;
}

/** Published figures by as-of date, one panel per metric on a shared time axis, coloured by the kind of source; each point links to its source. */
export function sourcesOverTimeSpec(points: readonly SourcePoint[], metrics: readonly string[], kinds: readonly string[], title: string): TopLevelSpec {
  const dates = points.map((p) => p.date).sort();
  const domain = [`${(dates[0] ?? '2000').slice(0, 4)}-01-01`, `${Number((dates[dates.length - 1] ?? '2000').slice(0, 4)) + 1}-01-01`];
  const panel = (metric: string) => {
    const rows = points.filter((p) => p.metric === metric);
    return {
      title: { text: wrap(rows[0]?.panel ?? metric, 80), anchor: 'start', fontSize: 12 },
      width: 560,
      height: 90,
      data: { values: rows.map((r) => ({ ...r })) },
      mark: { type: 'point', filled: true, size: 48, opacity: 0.85, stroke: 'white', strokeWidth: 0.6, cursor: 'pointer' },
      encoding: {
        x: { field: 'date', type: 'temporal', title: null, scale: { domain } },
        y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false, nice: true }, axis: { tickCount: 3, tickMinStep: 1, format: 'd' } },
        color: { field: 'kind', type: 'nominal', title: 'Kind of source', scale: { domain: [...kinds], scheme: 'tableau10' } },
        href: { field: 'url' },
        tooltip: figureTooltip(['publisher', 'Publisher'], ['title', 'Title'], ['kind', 'Kind'], ['url', 'Link']),
      },
    };
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start' },
    config: { ...config, legend: { ...config.legend, orient: 'top', columns: 5 } },
    vconcat: panels(points, metrics).map(panel),
    spacing: 18,
    resolve: { scale: { y: 'independent' } },
  } as TopLevelSpec;
}
