// Rows for the notebooks' data tables, from the processed tables: the figures in view of the
// parameters, tallies, the members of a figure's count and of a named list. Each function
// returns plain rows for show.ts; reads data/processed/ only (through data.ts).
import { partialDate } from '../dates';
import * as data from './data';
import type { Params } from './api';
import { ORIGIN_CLAIMS } from './origin';

/** Whether a figure is in view: it describes a date up to params.as_of, in params.scope (all scopes for world). */
export function inView(params: Params): (r: { as_of: string; scope: string }) => boolean {
  return (r) => r.as_of !== '' && partialDate(r.as_of).first <= params.as_of && (params.scope === 'world' || r.scope === params.scope);
}

/** The reconciled figures in view of the parameters. */
export function figures(params: Params): data.ReconRow[] {
  return data.reconciliation().filter(inView(params));
}

/** The project's five origin figures among `rows`. */
export function origin(rows: readonly data.ReconRow[]): data.ReconRow[] {
  return rows.filter((r) => (ORIGIN_CLAIMS as readonly string[]).includes(r.claim_id));
}

/** Rows counted by the values of some of their columns, most frequent first. */
export function tally<R extends object>(rows: readonly R[], ...keys: (keyof R & string)[]): Record<string, string | number>[] {
  const counts = new Map<string, { values: string[]; n: number }>();
  for (const r of rows) {
    const values = keys.map((k) => String(r[k]));
    const id = JSON.stringify(values);
    const hit = counts.get(id);
    if (hit) hit.n += 1;
    else counts.set(id, { values, n: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || (a.values.join() < b.values.join() ? -1 : 1))
    .map((c) => ({ ...Object.fromEntries(keys.map((k, i) => [k, c.values[i]!])), n: c.n }));
}

/** The members the build counted for a published figure (count_members.csv). */
export function membersOf(claimId: string): { member_id: string; label: string; kind: string; status: string }[] {
  return data.countMembers().filter((m) => m.claim_id === claimId).map((m) => ({ member_id: m.member_id!, label: m.label!, kind: m.kind!, status: m.status! }));
}

/** Where a source's named list and the record's count disagree, one row per mission. */
export function listDifferences(claimId: string): { mission: string; id: string; difference: string }[] {
  const r = data.reconciliation().find((x) => x.claim_id === claimId);
  if (!r) return [];
  const names = new Map(data.missions().map((m) => [m.mission_id!, `${m.city} (${m.host_country})`]));
  const ids = (s: string) => (s ? s.split(';') : []);
  return [
    ...ids(r.members_missing).map((id) => ({ mission: names.get(id) ?? id, id, difference: 'named by the source, not counted by the record' })),
    ...ids(r.members_extra).map((id) => ({ mission: names.get(id) ?? id, id, difference: 'counted by the record, not named by the source' })),
  ];
}

/** Rows per table of the record, as the processed tables hold them. */
export function recordContents(): { table: string; rows: number }[] {
  return [
    ['sources', data.sources()],
    ['claims', data.claims()],
    ['claim_members', data.claimMembers()],
    ['missions', data.missions()],
    ['mission_events', data.missionEvents()],
    ['relations', data.relations()],
    ['relation_events', data.relationEvents()],
    ['rok_relation_events', data.rokRelationEvents()],
    ['rok_regions', data.rokRegions()],
    ['assertions', data.assertionChecks()],
  ].map(([table, rows]) => ({ table: table as string, rows: (rows as unknown[]).length }));
}

/** The fact-checked qualitative claims about dates up to params.as_of. */
export function assertions(params: Params): Record<string, string>[] {
  return data.assertionChecks().filter((a) => a.as_of !== '' && partialDate(a.as_of!).first <= params.as_of);
}

/** Missions open at each year end up to params.as_of, every type together, latest first (the data of the trend chart). */
export function yearEnds(params: Params): { date: string; low: number; high: number; presumed: number }[] {
  return data.openMissions()
    .filter((r) => r.point === 'year_end' && r.mission_type === 'all' && r.date <= params.as_of)
    .map((r) => ({ date: r.date, low: r.low, high: r.high, presumed: r.presumed }))
    .reverse();
}

/** Partners at each year end up to params.as_of, one row per year and definition, latest first. */
export function relationsLatest(params: Params): { year: number; metric: string; low: number; high: number }[] {
  const last = Number(params.as_of.slice(0, 4));
  return data.relationsByYear()
    .filter((r) => r.year <= last)
    .sort((a, b) => b.year - a.year || (a.metric < b.metric ? -1 : 1))
    .map((r) => ({ year: r.year, metric: r.metric, low: r.low, high: r.high }));
}
