// The project's charts as vega-lite specs: pure functions from processed rows to a spec, so a
// test can pin each spec. Rendering (SVG, interactive) lives in render.ts.
import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { config, figureTooltip, VERDICT_COLORS, WIDTH } from './theme';

export interface SeriesPoint { readonly date: string; readonly series: string; readonly low: number; readonly high: number }
export interface FigurePoint {
  readonly date: string; // day the figure is drawn at (first day of its as-of date)
  readonly value: number;
  readonly label: string; // short label drawn beside the point ('' for none)
  readonly figure: string; // the figure as described in the tooltip
  readonly verdict: string;
  readonly source: string;
  readonly wording: string;
  readonly asOf: string;
}

/**
 * Which side of its point a label goes: to the left for points in the right part of the time axis,
 * so that a long label ("53 (Radio Free Asia (Asia Fact Check Lab))") never runs off the chart.
 */
export function labelSide(date: string, first: string, last: string): 'left' | 'right' {
  const t = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);
  return t(date) - t(first) > 0.55 * (t(last) - t(first)) ? 'left' : 'right';
}

/** Figures with where their label goes: left or right of the point, and alternately above and below it in date order, so that neighbouring labels do not overprint. */
function labelled(figures: readonly FigurePoint[], first: string, last: string): object[] {
  const order = figures.filter((f) => f.label !== '').map((f) => f.date + f.label).sort();
  return figures.map((f) => ({ ...f, side: labelSide(f.date, first, last), level: order.indexOf(f.date + f.label) % 2 === 0 ? 'above' : 'below' }));
}

/** Open missions over time by series, with published figures as labelled points. */
export function openMissionsSpec(series: readonly SeriesPoint[], figures: readonly FigurePoint[], title: string): TopLevelSpec {
  const dates = [...series.map((p) => p.date), ...figures.map((f) => f.date)].sort();
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start' },
    width: WIDTH,
    height: 340,
    config,
    layer: [
      {
        data: { values: series.map((p) => ({ ...p })) },
        mark: { type: 'area', interpolate: 'step-after', opacity: 0.18 },
        encoding: {
          x: { field: 'date', type: 'temporal', title: null },
          y: { field: 'low', type: 'quantitative', title: 'Missions open' },
          y2: { field: 'high' },
          color: { field: 'series', type: 'nominal', legend: null },
        },
      },
      {
        data: { values: series.map((p) => ({ ...p })) },
        mark: { type: 'line', interpolate: 'step-after' },
        encoding: {
          x: { field: 'date', type: 'temporal' },
          y: { field: 'low', type: 'quantitative' },
          color: { field: 'series', type: 'nominal', title: 'Record (band: uncertain range)' },
          tooltip: [
            { field: 'series', title: 'Series' },
            { field: 'date', type: 'temporal', title: 'Date' },
            { field: 'low', title: 'Open (at least)' },
            { field: 'high', title: 'Open (at most)' },
          ],
        },
      },
      {
        data: { values: labelled(figures, first, last) },
        layer: [
          {
            mark: { type: 'point', filled: true, size: 70, stroke: 'white', strokeWidth: 1 },
            encoding: {
              x: { field: 'date', type: 'temporal' },
              y: { field: 'value', type: 'quantitative' },
              shape: { value: 'diamond' },
              fill: { field: 'verdict', type: 'nominal', title: 'Published figure', scale: VERDICT_COLORS },
              tooltip: figureTooltip(['source', 'Source'], ['verdict', 'Verdict']),
            },
          },
          ...(['right', 'left'] as const).flatMap((side) => (['above', 'below'] as const).map((level) => ({
            transform: [{ filter: `datum.label != '' && datum.side == '${side}' && datum.level == '${level}'` }],
            mark: { type: 'text', align: side === 'right' ? 'left' : 'right', dx: side === 'right' ? 6 : -6, dy: level === 'above' ? -7 : 12, fontSize: 10 },
            encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
          }))),
        ],
      },
    ],
    resolve: { scale: { color: 'independent' } },
  } as TopLevelSpec;
}

export interface ClosureRow {
  readonly mission: string;
  readonly earliest: string; // first reported day
  readonly latest: string; // last reported day
  readonly event: string;
  readonly date: string; // as reported
  readonly source: string;
}

/** Closures on a timeline: one row per mission, a bar over the span of reported dates, a tick per report. */
export function closuresSpec(rows: readonly ClosureRow[], title: string): TopLevelSpec {
  const spans = new Map<string, { mission: string; earliest: string; latest: string }>();
  for (const r of rows) {
    const s = spans.get(r.mission);
    if (!s) spans.set(r.mission, { mission: r.mission, earliest: r.earliest, latest: r.latest });
    else {
      if (r.earliest < s.earliest) s.earliest = r.earliest;
      if (r.latest > s.latest) s.latest = r.latest;
    }
  }
  const order = [...spans.values()].sort((a, b) => (a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : a.mission < b.mission ? -1 : 1)).map((s) => s.mission);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start' },
    width: WIDTH - 120,
    height: { step: 22 },
    config,
    layer: [
      {
        data: { values: [...spans.values()].map((s) => ({ ...s })) },
        mark: { type: 'bar', height: 8, color: '#d0d7de', cornerRadius: 2 },
        encoding: {
          y: { field: 'mission', type: 'nominal', sort: order, title: null },
          x: { field: 'earliest', type: 'temporal', title: null },
          x2: { field: 'latest' },
        },
      },
      {
        data: { values: rows.map((r) => ({ ...r })) },
        mark: { type: 'point', filled: true, size: 60 },
        encoding: {
          y: { field: 'mission', type: 'nominal', sort: order },
          x: { field: 'earliest', type: 'temporal' },
          color: { field: 'event', type: 'nominal', title: 'Reported event', scale: { domain: ['closure_announced', 'closed', 'suspended'], range: ['#bf8700', '#cf222e', '#6e7781'] } },
          tooltip: [
            { field: 'mission', title: 'Mission' },
            { field: 'event', title: 'Event' },
            { field: 'date', title: 'Date as reported' },
            { field: 'source', title: 'Source' },
          ],
        },
      },
    ],
  } as TopLevelSpec;
}

export interface RelationSeries { readonly year: number; readonly series: string; readonly low: number; readonly high: number }

/** Relations in force by year under each definition, with published figures as points. */
export function relationsSpec(series: readonly RelationSeries[], figures: readonly FigurePoint[], marks: readonly number[], title: string): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start' },
    width: WIDTH,
    height: 320,
    config,
    layer: [
      {
        // The uncertain range: faint, and drawn first, so that the lines on top stay visible.
        data: { values: series.map((s) => ({ ...s, date: `${s.year}-12-31` })) },
        mark: { type: 'area', interpolate: 'step-after', opacity: 0.035 },
        encoding: {
          x: { field: 'date', type: 'temporal' },
          y: { field: 'low', type: 'quantitative' },
          y2: { field: 'high' },
          color: { field: 'series', type: 'nominal', legend: null },
        },
      },
      {
        // The upper end of each definition's range, dashed: where it parts from the solid line, dates are uncertain.
        data: { values: series.map((s) => ({ ...s, date: `${s.year}-12-31` })) },
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 1, strokeDash: [3, 3] },
        encoding: {
          x: { field: 'date', type: 'temporal' },
          y: { field: 'high', type: 'quantitative' },
          color: { field: 'series', type: 'nominal', legend: null },
        },
      },
      {
        data: { values: series.map((s) => ({ ...s, date: `${s.year}-12-31` })) },
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
        encoding: {
          x: { field: 'date', type: 'temporal', title: null },
          y: { field: 'low', type: 'quantitative', title: 'Partners', scale: { zero: false } },
          color: { field: 'series', type: 'nominal', title: 'Definition' },
          tooltip: [
            { field: 'series', title: 'Definition' },
            { field: 'year', title: 'Year' },
            { field: 'low', title: 'Counted (at least)' },
            { field: 'high', title: 'Counted (at most)' },
          ],
        },
      },
      {
        data: { values: marks.map((v) => ({ v, text: String(v) })) },
        layer: [
          { mark: { type: 'rule', strokeDash: [4, 4], color: '#57606a' }, encoding: { y: { field: 'v', type: 'quantitative' } } },
          // At the left end, where no figure is drawn near 159 or 164, and inside the chart.
          { mark: { type: 'text', align: 'left', dy: -5, color: '#57606a', fontSize: 11 }, encoding: { y: { field: 'v', type: 'quantitative' }, x: { value: 4 }, text: { field: 'text' } } },
        ],
      },
      {
        data: { values: figures.map((f) => ({ ...f })) },
        mark: { type: 'point', filled: true, size: 60, shape: 'diamond' },
        encoding: {
          x: { field: 'date', type: 'temporal' },
          y: { field: 'value', type: 'quantitative' },
          fill: { field: 'verdict', type: 'nominal', title: 'Published figure', scale: VERDICT_COLORS },
          tooltip: [
            { field: 'figure', title: 'Figure' },
            { field: 'wording', title: 'Wording' },
            { field: 'asOf', title: 'As of' },
            { field: 'source', title: 'Source' },
            { field: 'verdict', title: 'Verdict' },
          ],
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  } as TopLevelSpec;
}

export interface MapRow { readonly numeric: string; readonly country: string; readonly category: string; readonly missions: string }

export const MAP_CATEGORIES = [
  'hosts an open mission',
  'hosts only a mission to an international organisation',
  'mission closed since 2017',
  'no DPRK mission in the record',
] as const;

/** World map of host countries. `topology` is world-atlas countries-110m TopoJSON, inlined. */
export function mapSpec(topology: object, rows: readonly MapRow[], title: string): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start' },
    width: WIDTH,
    height: 360,
    config,
    projection: { type: 'equalEarth' },
    data: { values: topology, format: { type: 'topojson', feature: 'countries' } },
    transform: [
      { lookup: 'id', from: { data: { values: rows.map((r) => ({ ...r })) }, key: 'numeric', fields: ['country', 'category', 'missions'] } },
      { calculate: `datum.category || '${MAP_CATEGORIES[3]}'`, as: 'category' },
    ],
    mark: { type: 'geoshape', stroke: 'white', strokeWidth: 0.4 },
    encoding: {
      color: { field: 'category', type: 'nominal', title: null, scale: { domain: [...MAP_CATEGORIES], range: ['#cf222e', '#fd8c73', '#8c959f', '#eaeef2'] } },
      tooltip: [
        { field: 'country', title: 'Country' },
        { field: 'category', title: 'Status' },
        { field: 'missions', title: 'Missions' },
      ],
    },
  } as TopLevelSpec;
}
