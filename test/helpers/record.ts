// Builds a small record from inline CSV text through the real loader, for analysis tests.
import { expect } from 'vitest';
import { loadRecord, type RawRecord } from '../../src/load/record';
import { TABLES } from '../../src/schema/tables';

const HEADERS: Record<string, string> = {
  'sources.csv': 'source_id,publisher,title,url,published,kind,language,notes',
  'missions.csv': 'mission_id,host_iso3,host_country,city,mission_type,confidence,notes',
  'mission_events.csv': 'event_id,mission_id,event,date,date_qualifier,source_id,confidence,notes',
  'relations.csv': 'partner_id,partner_name,partner_kind,un_member,notes',
  'relation_events.csv': 'event_id,partner_id,event,date,date_qualifier,source_id,confidence,notes',
  'rok_relation_events.csv': 'event_id,partner_id,event,date,date_qualifier,source_id,confidence,notes',
  'rok_regions.csv': 'partner_id,region,source_id,confidence,notes',
  'claims.csv': 'claim_id,source_id,as_of,metric,stated_metric,scope,value,qualifier,wording,attributed_to,confidence,notes,period_start',
  'claim_members.csv': 'claim_id,member_id,confidence,notes',
  'assertions.csv': 'assertion_id,source_id,as_of,statement,metric,scope,operator,value,notes',
};

const SOURCE = 's1,Pub,Title,https://example.org/1,2020,news,en,';

/** The raw files as text, from rows per file (without header); sources default to one source `s1`. */
export function rawFilesFrom(rows: Partial<Record<string, readonly string[]>>): Map<string, string> {
  const files = new Map<string, string>();
  for (const t of TABLES) {
    const body = rows[t.file] ?? (t.file === 'sources.csv' ? [SOURCE] : []);
    files.set(t.file, [HEADERS[t.file], ...body].join('\n') + '\n');
  }
  return files;
}

/** Rows per file (without header); sources default to one source `s1`. Fails the test on any error. */
export function recordFrom(rows: Partial<Record<string, readonly string[]>>): RawRecord {
  const files = rawFilesFrom(rows);
  const loaded = loadRecord((f) => new TextEncoder().encode(files.get(f) ?? ''), 'raw', { today: '2026-11-24' });
  // Empty tables report "a header line and at least one data row"; small test records allow them.
  // Warnings (id rules, dates against the one source's publication) do not concern these records.
  const real = loaded.issues.filter((i) => i.severity === 'error' && !(i.line === 0 && i.expected.startsWith('a header line')));
  expect(real).toEqual([]);
  return loaded.record;
}

export const ev = (id: string, mission: string, event: string, date: string, q = 'on') => `${id},${mission},${event},${date},${q},s1,high,`;
export const claim = (id: string, asOf: string, metric: string, value: number, opts: { stated?: string; qualifier?: string; scope?: string; wording?: string; periodStart?: string; confidence?: string } = {}) =>
  `${id},s1,${asOf},${metric},${opts.stated ?? ''},${opts.scope ?? 'world'},${value},${opts.qualifier ?? 'exact'},${opts.wording ?? 'missions'},,${opts.confidence ?? 'high'},,${opts.periodStart ?? ''}`;

/** A reader for data/external/ over in-memory files: a file not given reads as missing. */
export const externalFiles = (files: Record<string, string>) => (name: string) =>
  (files[name] === undefined ? undefined : new TextEncoder().encode(files[name]));
