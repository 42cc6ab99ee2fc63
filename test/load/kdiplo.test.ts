// The kdiplo extracts in data/external/kdiplo/: the script that remakes them from the upstream file,
// the check of every raw row that cites the DPRK's, and South Korea's ties derived from the other
// (their checksums are tested in external.test.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/dates';
import { KDIPLO_FILE, KDIPLO_ROK_FILE, KDIPLO_SOURCE_ID, checkKdiplo, extractKdiplo, rokFromKdiplo } from '../../src/load/kdiplo';
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

  it("remakes South Korea's extract with --south: the other side's rows of 2024", () => {
    const upstream = [
      HEADER,
      'SGP,SG,Singapore,싱가포르,North Korea,2024,1,1969,NA,NA,2025-06-16',
      'SGP,SG,Singapore,싱가포르,South Korea,2024,1,1975,NA,NA,2025-06-16',
      'SGP,SG,Singapore,싱가포르,South Korea,2023,1,1975,NA,NA,2025-06-16',
    ].join('\n');
    expect(extractKdiplo(upstream, 'South Korea')).toBe(`${HEADER}\nSGP,SG,Singapore,싱가포르,South Korea,2024,1,1975,NA,NA,2025-06-16\n`);
  });
});

describe("South Korea's ties, derived from data/external/kdiplo/rok.csv", () => {
  const ROK = [
    HEADER,
    'DEU,DE,Germany,독일,South Korea,2024,1,1955,NA,NA,2025-06-16',
    'KHM,KH,Cambodia,캄보디아,South Korea,2024,1,1970,1974,1998,2025-06-16',
    'PSE,PS,Palestinian Territories,팔레스타인,South Korea,2024,0,NA,NA,NA,2025-06-16',
    'TWN,TW,Taiwan,타이완,South Korea,2024,0,1949,1992,NA,2025-06-16',
    'USA,US,United States,미국,South Korea,2024,1,1882,NA,NA,2025-06-16',
    'VNM,VN,Vietnam,베트남,South Korea,2024,1,1955,1974,1992,2025-06-16',
  ].join('\n') + '\n';
  const derive = (text: string, partners = ['DEU', 'KHM', 'PSE', 'USA', 'VNM']) => rokFromKdiplo(externalFiles({ [KDIPLO_ROK_FILE]: text }), 'data/external', new Set(partners));
  const brief = (text: string) => derive(text).events.map((e) => [e.partner_id, e.event, e.date.iso]);

  it('turns each year of ties, cut and re-establishment into a change, and skips countries the record does not hold', () => {
    const out = derive(ROK);
    expect(out.issues).toEqual([]);
    expect(brief(ROK).filter(([id]) => id === 'KHM')).toEqual([['KHM', 'established', '1970'], ['KHM', 'severed', '1974'], ['KHM', 'restored', '1998']]);
    expect(brief(ROK).some(([id]) => id === 'TWN' || id === 'PSE')).toBe(false);
    expect(out.events.find((e) => e.partner_id === 'KHM' && e.event === 'severed')).toMatchObject({ source_id: KDIPLO_SOURCE_ID, origin: 'kdiplo/rok.csv:3 cut_date' });
  });

  it('counts a treaty of the Korean kingdom from the Republic of 1948', () => {
    expect(brief(ROK).filter(([id]) => id === 'USA')).toEqual([['USA', 'established', '1948-08-15']]);
  });

  it('drops the years of another state held under the same code: the GDR until 1990, North Vietnam until 1976', () => {
    // The Federal Republic's ties carry over to unified Germany; South Vietnam's ended before 1976.
    expect(brief(ROK).filter(([id]) => id === 'DEU')).toEqual([['DEU', 'established', '1990-10-03']]);
    expect(brief(ROK).filter(([id]) => id === 'VNM')).toEqual([['VNM', 'restored', '1992']]);
  });

  it('lists the partners it has a row for, with years or without (Palestine: none)', () => {
    expect(derive(ROK).partners).toEqual(['DEU', 'KHM', 'PSE', 'USA', 'VNM']);
  });

  it('will not place a change in the year another state gives way, and says so', () => {
    const text = [HEADER, 'DEU,DE,Germany,독일,South Korea,2024,1,1955,1990,NA,2025-06-16'].join('\n') + '\n';
    const out = derive(text);
    expect(out.events).toEqual([]);
    expect(out.issues.map((i) => [i.line, i.column, i.value])).toEqual([[2, 9, '1990']]);
    expect(out.issues[0]!.expected).toContain('holds another state until 1990-10-03');
  });

  it('names the line and column of a year it cannot read, and of a row of the other side', () => {
    const bad = [HEADER, 'KHM,KH,Cambodia,캄보디아,South Korea,2024,1,197O,NA,NA,2025-06-16', 'USA,US,United States,미국,North Korea,2024,0,NA,NA,NA,2025-06-16'].join('\n') + '\n';
    expect(derive(bad).issues.map((i) => [i.file, i.line, i.column, i.value])).toEqual([
      ['data/external/kdiplo/rok.csv', 2, 8, '197O'],
      ['data/external/kdiplo/rok.csv', 3, 5, 'North Korea'],
    ]);
  });

  it('requires a typed row for every change of Seoul\'s ties that the extract dates after 2005', () => {
    const rawDir = path.join(ROOT, 'data', 'raw');
    const read = (f: string) => {
      const bytes = fs.readFileSync(path.join(rawDir, f));
      if (f !== 'rok_relation_events.csv') return bytes;
      return Buffer.from(bytes.toString('utf8').split('\n').filter((l) => !l.startsWith('rok-gin-')).join('\n'));
    };
    const loaded = loadRecord(read, 'data/raw', { today: '2026-11-24' }, externalReader(projectPaths()));
    const errors = loaded.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.file, i.column, i.value])).toEqual([['data/external/kdiplo/rok.csv', 8, '2006']]);
    expect(errors[0]!.expected).toContain('a row for GIN in data/raw/rok_relation_events.csv');
  });

  it('loads from the real extract without errors, for every partner it has a row for', () => {
    const rawDir = path.join(ROOT, 'data', 'raw');
    const loaded = loadRecord((f) => fs.readFileSync(path.join(rawDir, f)), 'data/raw', { today: '2026-11-24' }, externalReader(projectPaths()));
    const ids = new Set((loaded.record.derivedRokEvents ?? []).map((e) => e.partner_id));
    expect(ids.size).toBeGreaterThan(180);
    expect(loaded.record.derivedRokEvents!.filter((e) => e.partner_id === 'GNB').map((e) => e.date.iso)).toEqual(['1983']);
  });
});

