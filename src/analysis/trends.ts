// Time series from the record: open missions by type at every event date and each year end,
// openings and closures per year, relations in force by year under each definition. Pure.
import { addDays, dayToYear } from '../dates';
import type { RawRecord } from '../load/record';
import { MISSION_TYPES, type Metric } from '../schema/vocab';
import { countEntities, countOn, type Model } from './count';
import { BEGINNING, END, breakpoints, compare, stateOn } from './timeline';

export interface OpenPoint {
  readonly date: string;
  readonly point: 'event' | 'year_end';
  readonly mission_type: string;
  readonly low: number;
  readonly high: number;
  readonly presumed: number;
}

const REGISTER_TYPES = ['embassy', 'consulate_general', 'permanent_mission'];

/** First and last years of the record's dated mission events. */
export function missionYears(model: Model): [number, number] {
  const days = model.missions.flatMap((m) => [
    ...m.timeline.transitions.flatMap((t) => [t.earliest, t.latest]),
    ...m.timeline.attestations.flatMap((a) => [a.earliest, a.latest]),
  ]).filter((d) => d !== BEGINNING && d !== END);
  days.sort();
  return [dayToYear(days[0] ?? '2000-01-01'), dayToYear(days[days.length - 1] ?? '2000-01-01')];
}

export function openMissions(model: Model, analysisDate: string): OpenPoint[] {
  const [y0] = missionYears(model);
  // Days a mission's state can change: its own events' days, and the days its host's ties change
  // its state (a presumed embassy is closed while there are none). A day when only a partner's
  // state changes would add a row and nothing else.
  const own = new Set(breakpoints(model.missions.map((m) => ({ ...m.timeline, host: undefined }))));
  const changes = (d: string) => model.missions.some((m) => stateOn(m.timeline, d) !== stateOn(m.timeline, addDays(d, -1)));
  const eventDays = breakpoints(model.missions.map((m) => m.timeline))
    .filter((d) => d >= `${y0}-01-01` && d <= analysisDate && (own.has(d) || changes(d)));
  const yearEnds: string[] = [];
  for (let y = y0; y <= dayToYear(analysisDate); y++) {
    const d = `${y}-12-31`;
    if (d <= analysisDate) yearEnds.push(d);
  }
  const out: OpenPoint[] = [];
  for (const type of [...MISSION_TYPES, 'all']) {
    const sub = model.missions.filter((m) => (type === 'all' ? REGISTER_TYPES.includes(m.kind) : m.kind === type));
    if (sub.length === 0) continue;
    for (const [point, days] of [['event', eventDays], ['year_end', yearEnds]] as const) {
      for (const d of days) {
        const c = countEntities(model.days, sub, 'missions_all', 'world', d, d);
        out.push({ date: d, point, mission_type: type, low: c.low, high: c.high, presumed: c.presumed });
      }
    }
  }
  return out;
}

export interface RelationPoint {
  readonly year: number;
  readonly metric: Metric;
  readonly low: number;
  readonly high: number;
  readonly presumed: number;
}

export const RELATION_METRICS: readonly Metric[] = ['relations_un_current', 'relations_all_current', 'relations_un_ever', 'relations_all_ever'];

export function relationsByYear(model: Model, fromYear: number, analysisDate: string): RelationPoint[] {
  const out: RelationPoint[] = [];
  for (const metric of RELATION_METRICS) {
    for (let y = fromYear; y <= dayToYear(analysisDate); y++) {
      const d = `${y}-12-31` <= analysisDate ? `${y}-12-31` : analysisDate;
      const c = countOn(model, metric, 'world', d, d);
      out.push({ year: y, metric, low: c.low, high: c.high, presumed: c.presumed });
    }
  }
  return out;
}

export interface ChangeRow {
  readonly mission_id: string;
  readonly mission_type: string;
  readonly change: 'opening' | 'closing';
  readonly year: number | undefined; // undefined when the event cannot be placed in one year
}

/**
 * Every opening and closing of a mission, with the year it falls in when the record places it in
 * one. Reports of the same kind that follow each other with no report of the opposite kind
 * between them (in date order) describe one change: "closed in 1985" and "closed in 1986" are one
 * closing whose year is unknown, not a closing in each year. A change falls in a year when every
 * report that dates it exactly ('on') gives that year; bounds ('before', 'after') do not move it,
 * and place it only when no report dates it exactly and its bounds from both sides share a year.
 */
export function missionChanges(record: RawRecord): ChangeRow[] {
  // A change that only bounds date ("after late October 2023", "before 5 December 2023") falls in
  // the year both bounds share: Conakry's closing of 2023 counts in 2023.
  const boundedYear = (c: readonly { before?: string; after?: string }[]): number | undefined => {
    const afters = c.flatMap((r) => (r.after ? [r.after] : []));
    const befores = c.flatMap((r) => (r.before ? [r.before] : []));
    if (afters.length === 0 || befores.length === 0) return undefined;
    const from = afters.reduce((m, d) => (d > m ? d : m));
    const until = befores.reduce((m, d) => (d < m ? d : m));
    return from <= until && dayToYear(from) === dayToYear(until) ? dayToYear(from) : undefined;
  };
  type Report = {
    readonly change: 'opening' | 'closing';
    readonly day: string;
    readonly year: number | undefined;
    /** The bound a 'before' or 'after' report gives: the latest or earliest day the change can fall on. */
    readonly before?: string;
    readonly after?: string;
  };
  const typeOf = new Map(record.missions.map((m) => [m.mission_id, m.mission_type]));
  const byMission = new Map<string, Report[]>();
  for (const e of record.missionEvents) {
    const change = e.event === 'opened' || e.event === 'reopened' ? 'opening' : e.event === 'closed' ? 'closing' : undefined;
    if (!change || !e.date) continue;
    const report: Report = {
      change,
      day: e.date.first,
      year: e.date_qualifier === 'on' ? dayToYear(e.date.first) : undefined,
      ...(e.date_qualifier === 'before' ? { before: e.date.last } : {}),
      ...(e.date_qualifier === 'after' ? { after: e.date.first } : {}),
    };
    byMission.set(e.mission_id, [...(byMission.get(e.mission_id) ?? []), report]);
  }
  const out: ChangeRow[] = [];
  for (const [missionId, reports] of byMission) {
    const sorted = [...reports].sort((a, b) => compare(a.day, b.day) || compare(a.change, b.change));
    const changes: Report[][] = [];
    for (const r of sorted) {
      const last = changes[changes.length - 1];
      if (last && last[0]!.change === r.change) last.push(r);
      else changes.push([r]);
    }
    for (const c of changes) {
      const years = new Set(c.flatMap((r) => (r.year === undefined ? [] : [r.year])));
      const exactYear = years.size === 1 ? [...years][0] : undefined;
      out.push({ mission_id: missionId, mission_type: typeOf.get(missionId) ?? '', change: c[0]!.change, year: years.size > 0 ? exactYear : boundedYear(c) });
    }
  }
  return out;
}
