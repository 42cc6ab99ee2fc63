// Checks of meaning across rows and tables, run once every table has loaded: dates that cannot be
// right (before 1945, before the partner state existed, after the publication of the cited source), relation events with no
// establishment before them, languages outside the vocabulary, `low` confidence without a note,
// ids outside the documented slug rules (data/raw/README.md). Each check's severity is set in
// SEVERITY: the record is still being extended, so a check that real rows trip is a warning
// until they are fixed. Rows rejected earlier never reach these checks. Pure.
import { expect } from '../messages';
import { issue, type Issue, type Severity } from '../issues';
import { LANGUAGES } from '../schema/vocab';
import type { TableName } from '../schema/tables';
import type { RawRecord } from './record';
import { firstEstablished } from './first-ties';
import { STATE_SINCE } from './state-since';

export const SEVERITY: Readonly<Record<keyof typeof expect.semantic, Severity>> = {
  before1945: 'error',
  beforeState: 'warning',
  afterPublication: 'warning',
  asOfAfterPublication: 'warning',
  noEstablishment: 'warning',
  language: 'error',
  lowWithoutNote: 'warning',
  missionIdRule: 'warning',
  eventIdRule: 'warning',
};

/** The earliest date an event may hold: the record starts with the DPRK's founding (1948); 1945 is the floor with margin. */
export const EARLIEST = '1945-01-01';

type Where = (file: string, key: string) => number;

/** `incomplete`: tables with rejected rows, whose absence must not be read as a fact. */
export function semanticChecks(r: RawRecord, rawDir: string, lineOf: Where, incomplete: ReadonlySet<TableName>): Issue[] {
  const out: Issue[] = [];
  const add = (check: keyof typeof SEVERITY, table: string, key: string, column: number, name: string, value: string, expected: string) =>
    out.push(issue(`${rawDir}/${table}.csv`, lineOf(`${table}.csv`, key), column, name, value, expected, SEVERITY[check]));
  const published = new Map(r.sources.map((s) => [s.source_id, s.published]));

  const events = [
    ...r.missionEvents.map((e) => ({ table: 'mission_events', e })),
    ...r.relationEvents.map((e) => ({ table: 'relation_events', e })),
  ];
  for (const e of r.relationEvents) {
    const since = STATE_SINCE[e.partner_id];
    if (since && e.date && e.date.last < since) add('beforeState', 'relation_events', e.event_id, 4, 'date', e.date.iso, expect.semantic.beforeState(e.partner_id, since));
  }
  for (const { table, e } of events) {
    if (e.date && e.date.last < EARLIEST) add('before1945', table, e.event_id, 4, 'date', e.date.iso, expect.semantic.before1945);
    const pub = published.get(e.source_id);
    // "after" dates are lower bounds: an event known only to follow a date may postdate nothing.
    if (e.date && pub && e.date_qualifier !== 'after' && e.date.first > pub.last) {
      add('afterPublication', table, e.event_id, 4, 'date', e.date.iso, expect.semantic.afterPublication(e.source_id, pub.iso));
    }
  }
  for (const c of r.claims) {
    const pub = published.get(c.source_id);
    if (c.as_of && pub && c.as_of.first > pub.last) add('asOfAfterPublication', 'claims', c.claim_id, 3, 'as_of', c.as_of.iso, expect.semantic.asOfAfterPublication(c.source_id, pub.iso));
  }
  for (const a of r.assertions) {
    const pub = published.get(a.source_id);
    if (a.as_of && pub && a.as_of.first > pub.last) add('asOfAfterPublication', 'assertions', a.assertion_id, 3, 'as_of', a.as_of.iso, expect.semantic.asOfAfterPublication(a.source_id, pub.iso));
  }

  // A severance, suspension or restoration needs relations established before it (at the widest dates).
  const established = firstEstablished(r.relationEvents);
  for (const e of incomplete.has('relation_events') ? [] : r.relationEvents) {
    if (!['severed', 'suspended', 'restored'].includes(e.event) || !e.date) continue;
    const first = established.get(e.partner_id);
    if (first === undefined || first > e.date.last) {
      add('noEstablishment', 'relation_events', e.event_id, 3, 'event', e.event, expect.semantic.noEstablishment(e.partner_id, e.date.iso, first));
    }
  }

  for (const s of r.sources) {
    if (!(LANGUAGES as readonly string[]).includes(s.language)) add('language', 'sources', s.source_id, 7, 'language', s.language, expect.semantic.language);
  }

  const lowRows = [
    ...r.claims.map((x) => ({ table: 'claims', key: x.claim_id, column: 11, x })),
    ...r.missions.map((x) => ({ table: 'missions', key: x.mission_id, column: 6, x })),
    ...r.missionEvents.map((x) => ({ table: 'mission_events', key: x.event_id, column: 7, x })),
    ...r.relationEvents.map((x) => ({ table: 'relation_events', key: x.event_id, column: 7, x })),
  ];
  for (const { table, key, column, x } of lowRows) {
    if (x.confidence === 'low' && x.notes.trim() === '') add('lowWithoutNote', table, key, column, 'confidence', 'low', expect.semantic.lowWithoutNote);
  }

  for (const m of r.missions) {
    if (!m.mission_id.startsWith(`${m.host_iso3.toLowerCase()}-`)) add('missionIdRule', 'missions', m.mission_id, 1, 'mission_id', m.mission_id, expect.semantic.missionIdRule(m.host_iso3.toLowerCase()));
  }
  for (const e of r.missionEvents) {
    const prefix = `${e.mission_id}-${e.event.replace(/_/g, '-')}-`;
    if (!e.event_id.startsWith(prefix) || !/^\d+$/.test(e.event_id.slice(prefix.length))) add('eventIdRule', 'mission_events', e.event_id, 1, 'event_id', e.event_id, expect.semantic.eventIdRule(`${prefix}<n>`));
  }
  for (const e of r.relationEvents) {
    const prefix = `${e.partner_id.toLowerCase()}-${e.event.replace(/_/g, '-')}-`;
    if (!e.event_id.startsWith(prefix) || !/^\d+$/.test(e.event_id.slice(prefix.length))) add('eventIdRule', 'relation_events', e.event_id, 1, 'event_id', e.event_id, expect.semantic.eventIdRule(`${prefix}<n>`));
  }
  return out;
}
