// The four charts of the reports, built from processed tables and rendered to an HTML figure
// (static SVG + compiled vega spec for the interactive view). Notebooks call these; the data
// shaping lives here so that it is tested once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { countryByCode, sovereignOf } from '../countries';
import { partialDate } from '../dates';
import { closuresSpec, mapSpec, openMissionsSpec, relationsSpec, MAP_CATEGORIES, type ClosureRow, type FigurePoint, type MapRow, type RelationSeries, type SeriesPoint } from '../charts/specs';
import { render } from '../charts/render';
import { figure } from '../report/html';
import { METRIC_LABELS, type Metric } from '../schema/vocab';
import { VERDICT_LABELS, type Verdict } from '../analysis/verdicts';
import * as data from './data';
import { ORIGIN_CLAIMS } from './origin';

const SERIES_NAMES: Record<string, string> = {
  all: 'all missions (register)',
  embassy: 'embassies',
  consulate_general: 'consulates general',
  permanent_mission: 'permanent missions',
};

export function figurePoints(recon: readonly data.ReconRow[], keep: (m: string) => boolean, from: string): FigurePoint[] {
  return recon
    .filter((r) => keep(r.literal_metric) && r.scope === 'world' && r.as_of !== '' && partialDate(r.as_of).first >= from)
    .map((r) => ({
      date: partialDate(r.as_of).first,
      value: r.value,
      label: (ORIGIN_CLAIMS as readonly string[]).includes(r.claim_id) ? `${r.value} (${r.publisher})` : '',
      figure: `${r.value} ${r.wording}`,
      verdict: VERDICT_LABELS[r.verdict as Verdict] ?? r.verdict,
      source: r.publisher,
      wording: r.wording,
      asOf: r.as_of,
    }));
}

export function missionSeries(rows: readonly data.OpenRow[], from: string): SeriesPoint[] {
  return rows
    .filter((r) => r.point === 'event' && r.date >= from && SERIES_NAMES[r.mission_type])
    .map((r) => ({ date: r.date, series: SERIES_NAMES[r.mission_type]!, low: r.low, high: r.high }));
}

export async function missionsFigure(from = '2000-01-01'): Promise<string> {
  const mission = (m: string) => ['embassies', 'consulates', 'representative_missions', 'missions_all'].includes(m);
  const spec = openMissionsSpec(missionSeries(data.openMissions(), from), figurePoints(data.reconciliation(), mission, from), 'DPRK missions open abroad, and the published figures');
  const r = await render(spec);
  return figure(r.svg, r.vega, 'Lines: missions open in the record (shaded band: range where dates are uncertain). Diamonds: published figures at their as-of date, coloured by verdict.');
}

export function closureRows(from: string, to: string): ClosureRow[] {
  const missions = new Map(data.missions().map((m) => [m.mission_id!, m]));
  const sources = new Map(data.sources().map((s) => [s.source_id!, s]));
  return data
    .missionEvents()
    .filter((e) => ['closed', 'closure_announced', 'suspended'].includes(e.event!) && e.date_first! >= from && e.date_first! <= to)
    .map((e) => {
      const m = missions.get(e.mission_id!);
      return {
        mission: m ? `${m.city} (${m.host_country})` : e.mission_id!,
        earliest: e.date_first!,
        latest: e.date_last!,
        event: e.event!,
        date: `${e.date_qualifier === 'before' ? 'by ' : e.date_qualifier === 'after' ? 'after ' : ''}${e.date}`,
        source: sources.get(e.source_id!)?.publisher ?? e.source_id!,
      };
    });
}

export async function closuresFigure(from = '2023-01-01', to = '2024-12-31'): Promise<string> {
  const r = await render(closuresSpec(closureRows(from, to), `Closures reported ${from.slice(0, 4)}–${to.slice(0, 4)}`));
  return figure(r.svg, r.vega, 'Each dot is one source’s date for a closure or announced closure; the grey bar spans the dates sources disagree on.');
}

/**
 * What the relations chart draws: each definition's range by year, the published figures of those
 * definitions, the rules at 159 and 164, and how many figures of other definitions it leaves out.
 */
export function relationsChartInput(from = 1990): { series: RelationSeries[]; figures: FigurePoint[]; marks: number[]; others: number } {
  const names = (m: string) => METRIC_LABELS[m as Metric] ?? m;
  const rows = data.relationsByYear().filter((r) => r.year >= from);
  // Only figures of a charted definition: a count of ties with both Koreas, or with the DPRK only,
  // has no line to be read against, and its small values would squash the lines to the top.
  const charted = new Set(rows.map((r) => r.metric));
  const recon = data.reconciliation();
  const figures = figurePoints(recon, (m) => charted.has(m), `${from}-01-01`);
  const others = figurePoints(recon, (m) => m.startsWith('relations_') && !charted.has(m), `${from}-01-01`).length;
  const marks = [...new Set(figures.map((f) => f.value))].filter((v) => v === 159 || v === 164);
  return { series: rows.map((r) => ({ year: r.year, series: names(r.metric), low: r.low, high: r.high })), figures, marks, others };
}

export async function relationsFigure(from = 1990): Promise<string> {
  const { series, figures, marks, others } = relationsChartInput(from);
  const r = await render(relationsSpec(series, figures, marks, 'Partners with relations in force, under each definition'));
  const left = others ? ` The ${others} figures that count ties with both Koreas, or with the DPRK only, are in report 02, not here.` : '';
  return figure(r.svg, r.vega, `Solid lines: partners the record counts at each year end under each of four definitions; thin dashed lines of the same colour: the most it may count, where dates are uncertain (the faint band between them). Diamonds: published figures. Grey dashed rules: 159 and 164.${left}`);
}

export function mapRows(): MapRow[] {
  const byCountry = new Map<string, { open: string[]; orgs: string[]; closed: string[] }>();
  for (const m of data.missionStatus()) {
    const host = sovereignOf(m.host_iso3!);
    let e = byCountry.get(host);
    if (!e) byCountry.set(host, (e = { open: [], orgs: [], closed: [] }));
    const open = m.status === 'open' || m.status === 'presumed' || m.status === 'unknown';
    if (open && m.mission_type === 'permanent_mission') e.orgs.push(m.label!);
    else if (open) e.open.push(m.label!);
    else if (m.status_2017 !== 'closed') e.closed.push(m.label!);
  }
  const rows: MapRow[] = [];
  for (const [iso3, e] of [...byCountry].sort()) {
    const c = countryByCode(iso3);
    if (!c?.numeric) continue;
    const category = e.open.length ? MAP_CATEGORIES[0] : e.orgs.length ? MAP_CATEGORIES[1] : e.closed.length ? MAP_CATEGORIES[2] : undefined;
    if (!category) continue;
    rows.push({ numeric: c.numeric, country: c.name, category, missions: [...e.open, ...e.orgs, ...e.closed].join('; ') });
  }
  return rows;
}

export async function mapFigure(): Promise<string> {
  const topo = JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve('world-atlas/package.json')), 'countries-110m.json'), 'utf8')) as object;
  const r = await render(mapSpec(topo, mapRows(), 'Where the DPRK has missions'));
  return figure(r.svg, r.vega, 'Countries hosting a DPRK mission open (or of uncertain status) at the analysis date, hosts of only a mission to the UN or UNESCO, hosts of a mission closed since September 2017, and the rest. Hong Kong is drawn as part of China.');
}
