// The kdiplo extract in data/external/kdiplo/: the script that remakes it from the upstream file,
// and the check of every raw row that cites it (its checksums are tested in external.test.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/dates';
import { KDIPLO_FILE, KDIPLO_SOURCE_ID, checkKdiplo, extractKdiplo } from '../../src/load/kdiplo';
import { loadRecord } from '../../src/load/record';
import { externalReader, projectPaths } from '../../src/pipeline/paths';
import type { RelationEvent } from '../../src/schema/tables';
import { externalFiles } from '../helpers/record';

const ROOT = path.join(__dirname, '..', '..');
const HEADER = 'iso3c,iso2c,country,country_kr,south_north,year,diplomatic_ties,date,cut_date,reestablish_date,updated_at';
const EXTRACT = [
  HEADER,
  'FRA,FR,France,프랑스,North Korea,2024,0,NA,NA,NA,2025-06-16',
  'IRQ,IQ,Iraq,이라크,North Korea,2024,0,1968,1980,NA,2025-06-16',
  'SGP,SG,Singapore,싱가포르,North Korea,2024,1,1969,NA,NA,2025-06-16',
].join('\n') + '\n';

function row(event_id: string, partner_id: string, event: string, date: string, date_qualifier = 'on', source_id = KDIPLO_SOURCE_ID): RelationEvent {
  return { event_id, partner_id, event, date: parsePartialDate(date)!, date_qualifier, source_id, confidence: 'medium', notes: '' } as RelationEvent;
}
const lines = new Map<string, number>();
const check = (events: RelationEvent[], files: Record<string, string> = { [KDIPLO_FILE]: EXTRACT }) => {
  events.forEach((e, i) => lines.set(e.event_id, i + 2));
  return checkKdiplo(externalFiles(files), 'data/external', events, 'data/raw/relation_events.csv', (id) => lines.get(id) ?? 0);
};

describe('data/external/kdiplo', () => {
  it('remakes the extract from the upstream layout: the DPRK rows of 2024, in country order', () => {
    const upstream = [
      HEADER,
      'SGP,SG,Singapore,싱가포르,North Korea,2024,1,1969,NA,NA,2025-06-16',
      'SGP,SG,Singapore,싱가포르,South Korea,2024,1,1975,NA,NA,2025-06-16',
      'SGP,SG,Singapore,싱가포르,North Korea,2023,1,1969,NA,NA,2025-06-16',
      'IRQ,IQ,Iraq,이라크,North Korea,2024,0,1968,1980,NA,2025-06-16',
    ].join('\n');
    expect(extractKdiplo(upstream)).toBe(`${HEADER}\nIRQ,IQ,Iraq,이라크,North Korea,2024,0,1968,1980,NA,2025-06-16\nSGP,SG,Singapore,싱가포르,North Korea,2024,1,1969,NA,NA,2025-06-16\n`);
  });

  it('accepts rows that give the years the extract gives, and ignores rows citing other sources', () => {
    expect(check([
      row('sgp-established-1', 'SGP', 'established', '1969'),
      row('irq-established-9', 'IRQ', 'established', '1968'),
      row('irq-severed-9', 'IRQ', 'severed', '1980'),
      row('fra-no-relations-9', 'FRA', 'no_relations', '2024'),
      row('sgp-established-2', 'SGP', 'established', '1975-11-08', 'on', 'other-source'),
    ])).toEqual([]);
  });

  it('names the row, the column, the value and what the extract says when they differ', () => {
    const issues = check([
      row('sgp-established-1', 'SGP', 'established', '1970'),
      row('irq-severed-9', 'IRQ', 'severed', '1980-10-10'),
      row('irq-restored-9', 'IRQ', 'restored', '1991'),
      row('sgp-no-relations-9', 'SGP', 'no_relations', '2024'),
      row('sgp-attested-9', 'SGP', 'attested', '2024'),
      row('kor-established-9', 'KOR', 'established', '1948'),
      row('fra-no-relations-9', 'FRA', 'no_relations', '2024', 'before'),
    ]);
    expect(issues.map((i) => [i.file, i.line, i.column, i.columnName, i.value, i.severity])).toEqual([
      ['data/raw/relation_events.csv', 2, 4, 'date', 'on 1970', 'error'],
      ['data/raw/relation_events.csv', 3, 4, 'date', 'on 1980-10-10', 'error'],
      ['data/raw/relation_events.csv', 4, 4, 'date', 'on 1991', 'error'],
      ['data/raw/relation_events.csv', 5, 4, 'date', 'on 2024', 'error'],
      ['data/raw/relation_events.csv', 6, 3, 'event', 'attested', 'error'],
      ['data/raw/relation_events.csv', 7, 2, 'partner_id', 'KOR', 'error'],
      ['data/raw/relation_events.csv', 8, 4, 'date', 'before 2024', 'error'],
    ]);
    expect(issues[0]!.expected).toBe('on 1969, the year the kdiplo dataset gives (data/external/kdiplo/dprk.csv line 4, date 1969)');
    expect(issues[2]!.expected).toContain('no such change: the kdiplo dataset gives none (data/external/kdiplo/dprk.csv line 3, reestablish_date NA)');
  });

  it('reports a missing or malformed extract instead of passing the rows unchecked', () => {
    const events = [row('sgp-established-1', 'SGP', 'established', '1969')];
    expect(check(events, {}).map((i) => i.file)).toEqual(['data/external/kdiplo/dprk.csv']);
    expect(check(events, { [KDIPLO_FILE]: 'iso3c,year\nSGP,2024\n' }).map((i) => [i.file, i.line])).toEqual([['data/external/kdiplo/dprk.csv', 1]]);
  });

  it('checks every row of the real record that cites the dataset, and finds them all as the extract has them', () => {
    const rawDir = path.join(ROOT, 'data', 'raw');
    const loaded = loadRecord((f) => fs.readFileSync(path.join(rawDir, f)), 'data/raw', { today: '2026-11-24' }, externalReader(projectPaths()));
    const citing = loaded.record.relationEvents.filter((e) => e.source_id === KDIPLO_SOURCE_ID);
    expect(citing.length).toBeGreaterThan(140);
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // The same rows with one year changed are caught.
    const moved = citing.map((e) => (e.event_id === 'sgp-established-1' ? { ...e, date: parsePartialDate('1970')! } : e));
    const read = externalReader(projectPaths());
    const issues = checkKdiplo(read.read, read.dir, moved, 'data/raw/relation_events.csv', () => 1);
    expect(issues.map((i) => [i.value, i.expected])).toEqual([['on 1970', expect.stringContaining('on 1969, the year the kdiplo dataset gives')]]);
  });
});
