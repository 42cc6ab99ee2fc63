// Loads the whole raw record: every table through its schema, then the checks that span tables
// (references, member ids, event order) and the semantic checks (semantic.ts). Collects every
// issue of every file before returning; reads files only through the `read` function it is given.
// A reference to a row that was itself rejected, or into a file that could not be read, is not
// reported again: the first issue is the one to fix.
import { expect } from '../messages';
import { issue, sortIssues, type Issue } from '../issues';
import { isChangeMetric, isRelationMetric, isRokRegion, namesMissions } from '../schema/vocab';
import { sovereignOf } from '../countries';
import {
  TABLES,
  type Assertion,
  type Claim,
  type ClaimMember,
  type Mission,
  type MissionEvent,
  type Relation,
  type RelationEvent,
  type RokRelationEvent,
  type RokRegionRow,
  type SchemaContext,
  type Source,
  type TableName,
} from '../schema/tables';
import { parseTable } from './csv';
import { loadExternal, type DerivedRelationEvent, type ReadExternal } from './external';
import { checkKdiplo, checkRokExceptions, rokFromKdiplo, type DerivedRokEvent } from './kdiplo';
import { STATE_SINCE } from './state-since';
import { semanticChecks } from './semantic';

export interface RawRecord {
  readonly sources: Source[];
  readonly missions: Mission[];
  readonly missionEvents: MissionEvent[];
  readonly relations: Relation[];
  readonly relationEvents: RelationEvent[];
  readonly rokRelationEvents: RokRelationEvent[];
  /** South Korea's foreign-ministry region of each partner, for figures Seoul counts by region. */
  readonly rokRegions: RokRegionRow[];
  readonly claims: Claim[];
  readonly claimMembers: ClaimMember[];
  readonly assertions: Assertion[];
  /** Evidence derived from the third-party datasets of data/external/ (see external.ts). */
  readonly derivedRelationEvents: DerivedRelationEvent[];
  /** South Korea's ties by year, from the kdiplo dataset (see kdiplo.ts); none without it. */
  readonly derivedRokEvents?: DerivedRokEvent[];
  /** The partners the kdiplo dataset has a South Korean row for, with years or without. */
  readonly derivedRokPartners?: string[];
}

export interface Loaded {
  readonly record: RawRecord;
  readonly issues: Issue[];
}

export type ReadFile = (name: string) => Uint8Array;


/** `external`: where the third-party datasets are; without it the record is the raw tables alone (tests). */
export function loadRecord(read: ReadFile, rawDir: string, context: SchemaContext, external?: { read: ReadExternal; dir: string }): Loaded {
  const issues: Issue[] = [];
  const tables = new Map<TableName, Record<string, unknown>[]>();
  const unusable = new Map<TableName, (key: string) => boolean>();
  const incomplete = new Set<TableName>(); // tables with a rejected row, or unreadable
  for (const table of TABLES) {
    const path = `${rawDir}/${table.file}`;
    let bytes: Uint8Array;
    try {
      bytes = read(table.file);
    } catch (e) {
      issues.push(issue(path, 0, 0, '', '', `the file to exist and be readable (${(e as Error).message})`));
      tables.set(table.name, []);
      unusable.set(table.name, () => true);
      incomplete.add(table.name);
      continue;
    }
    const parsed = parseTable<Record<string, unknown>>(table, path, bytes, context);
    issues.push(...parsed.issues);
    tables.set(table.name, parsed.rows);
    unusable.set(table.name, parsed.failed ? () => true : (key) => parsed.rejected.has(key));
    if (parsed.failed || parsed.rejected.size > 0) incomplete.add(table.name);
  }
  const record: RawRecord = {
    sources: tables.get('sources') as Source[],
    missions: tables.get('missions') as Mission[],
    missionEvents: tables.get('mission_events') as MissionEvent[],
    relations: tables.get('relations') as Relation[],
    relationEvents: tables.get('relation_events') as RelationEvent[],
    rokRelationEvents: tables.get('rok_relation_events') as RokRelationEvent[],
    rokRegions: tables.get('rok_regions') as RokRegionRow[],
    claims: tables.get('claims') as Claim[],
    claimMembers: tables.get('claim_members') as ClaimMember[],
    assertions: tables.get('assertions') as Assertion[],
    derivedRelationEvents: [],
    derivedRokEvents: [],
    derivedRokPartners: [],
  };
  const lineOf = lineFinder(read);
  if (external) {
    const ext = loadExternal(external.read, external.dir, new Set(record.relations.map((p) => p.partner_id)));
    record.derivedRelationEvents.push(...ext.relationEvents);
    issues.push(...ext.issues);
    issues.push(...checkKdiplo(external.read, external.dir, record.relationEvents, `${rawDir}/relation_events.csv`, (id) => lineOf('relation_events.csv', id)));
    const rok = rokFromKdiplo(external.read, external.dir, new Set(record.relations.map((p) => p.partner_id)));
    record.derivedRokEvents!.push(...rok.events);
    record.derivedRokPartners!.push(...rok.partners);
    issues.push(...rok.issues);
    issues.push(...checkRokExceptions(rok.events, record.rokRelationEvents, external.dir, STATE_SINCE));
  }
  const known = (t: TableName) => unusable.get(t) ?? (() => false);
  issues.push(...crossChecks(record, rawDir, lineOf, known, incomplete));
  issues.push(...semanticChecks(record, rawDir, lineOf, incomplete));
  return { record, issues: sortIssues(issues) };
}

/** Finds the line of a row by its key value (first field), for cross-table messages. */
function lineFinder(read: ReadFile): (file: string, key: string) => number {
  const cache = new Map<string, string[]>();
  return (file, key) => {
    let ls = cache.get(file);
    if (!ls) {
      ls = new TextDecoder().decode(read(file)).split('\n');
      cache.set(file, ls);
    }
    const i = ls.findIndex((l) => l.startsWith(`${key},`) || l.startsWith(`"${key}",`));
    return i + 1;
  };
}

/** For each table, whether a key is unknown because its row (or the whole file) was rejected. */
type Unusable = (table: TableName) => (key: string) => boolean;

function crossChecks(r: RawRecord, rawDir: string, lineOf: (file: string, key: string) => number, rejected: Unusable, incomplete: ReadonlySet<TableName>): Issue[] {
  const out: Issue[] = [];
  const ids = {
    sources: new Set(r.sources.map((s) => s.source_id)),
    missions: new Set(r.missions.map((m) => m.mission_id)),
    relations: new Set(r.relations.map((p) => p.partner_id)),
    claims: new Map(r.claims.map((c) => [c.claim_id, c])),
  };
  const ref = (table: TableName, key: string, column: string, columnIndex: number, value: string, target: string) =>
    out.push(issue(`${rawDir}/${table}.csv`, lineOf(`${table}.csv`, key), columnIndex, column, value, expect.reference(`${target}.csv`, column)));

  // A source no row cites is kept (it may be cited in notes) but reported as a warning.
  const cited = new Set([...r.missionEvents, ...r.relationEvents, ...r.rokRelationEvents, ...r.rokRegions, ...r.claims, ...r.assertions, ...r.derivedRelationEvents].map((x) => x.source_id));
  for (const id of new Set(r.derivedRelationEvents.map((e) => e.source_id))) {
    if (r.sources.length > 0 && !ids.sources.has(id)) out.push(issue(`${rawDir}/sources.csv`, 0, 1, 'source_id', id, expect.externalSource));
  }
  const citingComplete = (['mission_events', 'relation_events', 'rok_relation_events', 'rok_regions', 'claims', 'assertions'] as const).every((t) => !incomplete.has(t));
  for (const s of citingComplete ? r.sources : []) {
    if (!cited.has(s.source_id)) out.push(issue(`${rawDir}/sources.csv`, lineOf('sources.csv', s.source_id), 1, 'source_id', s.source_id, expect.cited, 'warning'));
  }
  const urls = new Map<string, string>();
  for (const s of r.sources) {
    const first = urls.get(s.url);
    if (first) out.push(issue(`${rawDir}/sources.csv`, lineOf('sources.csv', s.source_id), 4, 'url', s.url, expect.uniqueUrl(lineOf('sources.csv', first))));
    else urls.set(s.url, s.source_id);
  }
  // A table that failed as a whole (bad header, bad bytes) was already reported, and so was a
  // rejected row: do not also report every reference into them.
  const missing = (table: TableName, ids: { has(k: string): boolean }, key: string) => !ids.has(key) && !rejected(table)(key);
  for (const e of r.missionEvents) {
    if (missing('missions', ids.missions, e.mission_id)) ref('mission_events', e.event_id, 'mission_id', 2, e.mission_id, 'missions');
    if (missing('sources', ids.sources, e.source_id)) ref('mission_events', e.event_id, 'source_id', 6, e.source_id, 'sources');
  }
  for (const e of r.relationEvents) {
    if (missing('relations', ids.relations, e.partner_id)) ref('relation_events', e.event_id, 'partner_id', 2, e.partner_id, 'relations');
    if (missing('sources', ids.sources, e.source_id)) ref('relation_events', e.event_id, 'source_id', 6, e.source_id, 'sources');
  }
  for (const e of r.rokRelationEvents) {
    if (missing('relations', ids.relations, e.partner_id)) ref('rok_relation_events', e.event_id, 'partner_id', 2, e.partner_id, 'relations');
    if (missing('sources', ids.sources, e.source_id)) ref('rok_relation_events', e.event_id, 'source_id', 6, e.source_id, 'sources');
  }
  for (const g of r.rokRegions) {
    if (missing('relations', ids.relations, g.partner_id)) ref('rok_regions', g.partner_id, 'partner_id', 1, g.partner_id, 'relations');
    if (missing('sources', ids.sources, g.source_id)) ref('rok_regions', g.partner_id, 'source_id', 3, g.source_id, 'sources');
  }
  // A count in one of Seoul's regions needs every partner placed, and every mission's host in a
  // region: one left out would silently drop from every regional count. A partner whose region row
  // was itself rejected is not reported again. (The real loader rejects an empty rok_regions.csv;
  // small test records without regions skip the check unless a figure uses a region.)
  const regionOf = new Map(r.rokRegions.map((g) => [g.partner_id, g.region]));
  const usesRegions = r.rokRegions.length > 0 || [...r.claims, ...r.assertions].some((x) => isRokRegion(x.scope));
  for (const p of usesRegions ? r.relations : []) {
    if (!regionOf.has(p.partner_id) && !rejected('rok_regions')(p.partner_id)) out.push(issue(`${rawDir}/relations.csv`, lineOf('relations.csv', p.partner_id), 1, 'partner_id', p.partner_id, expect.rokRegion));
  }
  for (const m of r.missions) {
    const host = sovereignOf(m.host_iso3);
    if (regionOf.get(host) === 'none') out.push(issue(`${rawDir}/missions.csv`, lineOf('missions.csv', m.mission_id), 2, 'host_iso3', m.host_iso3, expect.rokRegionHost(host)));
  }
  for (const c of r.claims) if (missing('sources', ids.sources, c.source_id)) ref('claims', c.claim_id, 'source_id', 2, c.source_id, 'sources');
  // A count of changes needs its period; a period on a count of a state means nothing.
  for (const c of r.claims) {
    const line = lineOf('claims.csv', c.claim_id);
    if (isChangeMetric(c.metric) && !c.period_start) out.push(issue(`${rawDir}/claims.csv`, line, 13, 'period_start', '', expect.periodStart(c.metric)));
    if (!isChangeMetric(c.metric) && c.period_start) out.push(issue(`${rawDir}/claims.csv`, line, 13, 'period_start', c.period_start.iso, expect.noPeriod(c.metric)));
    if (c.period_start && c.as_of && c.period_start.first > c.as_of.last) out.push(issue(`${rawDir}/claims.csv`, line, 13, 'period_start', c.period_start.iso, expect.order(`the period's start`, `the as_of date (${c.as_of.iso})`)));
  }
  for (const a of r.assertions) if (missing('sources', ids.sources, a.source_id)) ref('assertions', a.assertion_id, 'source_id', 2, a.source_id, 'sources');
  for (const m of r.claimMembers) {
    const claim = ids.claims.get(m.claim_id);
    const line = lineOf('claim_members.csv', `${m.claim_id},${m.member_id}`);
    if (!claim) {
      if (missing('claims', ids.claims, m.claim_id)) ref('claim_members', `${m.claim_id},${m.member_id}`, 'claim_id', 1, m.claim_id, 'claims');
      continue;
    }
    if (namesMissions(claim.metric) && missing('missions', ids.missions, m.member_id)) {
      out.push(issue(`${rawDir}/claim_members.csv`, line, 2, 'member_id', m.member_id, expect.memberMetric('mission_id in missions.csv')));
    } else if (isRelationMetric(claim.metric) && missing('relations', ids.relations, m.member_id.toUpperCase())) {
      out.push(issue(`${rawDir}/claim_members.csv`, line, 2, 'member_id', m.member_id, expect.memberMetric('partner_id in relations.csv (lowercase)')));
    }
  }
  // A mission cannot close before it first opened (dates taken at their widest).
  const firstOpen = new Map<string, string>();
  for (const e of r.missionEvents) {
    if (e.event === 'opened' && e.date_qualifier === 'on' && e.date) {
      const f = firstOpen.get(e.mission_id);
      if (!f || e.date.first < f) firstOpen.set(e.mission_id, e.date.first);
    }
  }
  for (const e of r.missionEvents) {
    const opened = firstOpen.get(e.mission_id);
    if (e.event === 'closed' && e.date_qualifier === 'on' && e.date && opened && e.date.last < opened) {
      out.push(issue(`${rawDir}/mission_events.csv`, lineOf('mission_events.csv', e.event_id), 4, 'date', e.date.iso, expect.order(`the mission's first opening (${opened})`, 'a closing date')));
    }
  }
  return out;
}

/** The analysis date: the latest date in the record (the first day of the latest dated item). */
export function analysisDate(r: RawRecord): string {
  let latest = '0000-00-00';
  const see = (d: { first: string } | undefined) => {
    if (d && d.first > latest) latest = d.first;
  };
  r.missionEvents.forEach((e) => see(e.date));
  r.relationEvents.forEach((e) => see(e.date));
  r.rokRelationEvents.forEach((e) => see(e.date));
  r.claims.forEach((c) => see(c.as_of));
  r.assertions.forEach((a) => see(a.as_of));
  return latest;
}
