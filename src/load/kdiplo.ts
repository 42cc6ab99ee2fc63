// The kdiplo dataset (Kadir Jun Ayhan, github.com/kjayhan/kdiplo: South and North Korea's
// diplomatic ties, by country and year, from Seoul's foreign ministry list) is used twice:
// - the DPRK's establishment, cut and re-establishment years were read as a source. Its rows in
//   data/raw/relation_events.csv are typed by hand, each with a judgement of its own (a `low`
//   where dated sources contradict the year, a note naming the conflict), and some of its years
//   are left out where a dated source gives the same change to the day. What keeps those rows
//   honest is a check: every row that cites the dataset must say what the DPRK extract says;
// - South Korea's years are derived, not typed: each country's row of the South Korean extract
//   gives Seoul's establishment, break and restoration at year precision, which the record needs
//   to count the DPRK's partners that also have (or lack) ties with Seoul before December 2005,
//   when the hand-written exceptions of rok_relation_events.csv begin (count.ts).
// Pure: bytes come in through `read`; problems come back as issues.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parsePartialDate, type PartialDate } from '../dates';
import { issue, type Issue } from '../issues';
import { expect } from '../messages';
import type { RelationEvent } from '../schema/tables';
import { table, type ReadExternal } from './external';

export const KDIPLO_FILE = 'kdiplo/dprk.csv';
/** South Korea's rows of the same year: the source of its relations before December 2005. */
export const KDIPLO_ROK_FILE = 'kdiplo/rok.csv';
/** Which side's rows an extract keeps, as the upstream `south_north` column names them. */
export type KdiploSide = 'North Korea' | 'South Korea';
/** The source row (sources.csv) of the dataset. */
export const KDIPLO_SOURCE_ID = 'kdiplo-2025-06-16-diplo-ties-data';
/** The year whose rows the extract keeps: the last full year of the release (updated 2025-06-16). */
export const KDIPLO_YEAR = '2024';
const HEADER = ['iso3c', 'iso2c', 'country', 'country_kr', 'south_north', 'year', 'diplomatic_ties', 'date', 'cut_date', 'reestablish_date', 'updated_at'];

/**
 * An extract, from the upstream `data-raw/diplo_ties_data.csv`: one side's rows of KDIPLO_YEAR
 * (the DPRK's by default), columns and values as upstream, in country-code order. The years of
 * ties, cut and re-establishment repeat on every row of a country, so one year's rows hold them all.
 */
export function extractKdiplo(upstream: string, side: KdiploSide = 'North Korea'): string {
  const rows = parse(upstream, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const keep = rows.filter((r) => r.south_north === side && r.year === KDIPLO_YEAR);
  keep.sort((a, b) => (a.iso3c! < b.iso3c! ? -1 : a.iso3c! > b.iso3c! ? 1 : 0));
  return stringify([HEADER, ...keep.map((r) => HEADER.map((c) => r[c] ?? ''))], { record_delimiter: '\n' });
}

/** What the dataset says of one event kind, for one country's row. */
function said(event: string, row: Record<string, string>): { column: string; year: string } | undefined {
  if (event === 'established') return { column: 'date', year: row.date! };
  if (event === 'severed') return { column: 'cut_date', year: row.cut_date! };
  if (event === 'restored') return { column: 'reestablish_date', year: row.reestablish_date! };
  if (event === 'no_relations') return row.diplomatic_ties === '0' ? { column: 'diplomatic_ties', year: KDIPLO_YEAR } : { column: 'diplomatic_ties', year: 'NA' };
  return undefined;
}

/**
 * Every relation event that cites the dataset must give, at year precision and "on", the year the
 * extract gives for that country and that kind of change (for `no_relations`: the extract's year,
 * with no ties coded). `lineOf` finds a row's line in relation_events.csv.
 */
export function checkKdiplo(read: ReadExternal, dir: string, events: readonly RelationEvent[], rawFile: string, lineOf: (eventId: string) => number): Issue[] {
  const citing = events.filter((e) => e.source_id === KDIPLO_SOURCE_ID);
  if (citing.length === 0) return [];
  const file = `${dir}/${KDIPLO_FILE}`;
  const out: Issue[] = [];
  const rows = table(read, KDIPLO_FILE, HEADER, dir, out);
  if (out.length > 0) return out;
  const byCountry = new Map<string, { row: Record<string, string>; line: number }>();
  rows.forEach((cells, i) => byCountry.set(cells[0] ?? '', { row: Object.fromEntries(HEADER.map((h, j) => [h, cells[j] ?? ''])), line: i + 2 }));
  for (const e of citing) {
    const found = byCountry.get(e.partner_id);
    const line = lineOf(e.event_id);
    if (!found) {
      out.push(issue(rawFile, line, 2, 'partner_id', e.partner_id, expect.kdiploCountry(file)));
      continue;
    }
    const s = said(e.event, found.row);
    if (!s) {
      out.push(issue(rawFile, line, 3, 'event', e.event, expect.kdiploEvent));
      continue;
    }
    const where = `${file} line ${found.line}, ${s.column} ${found.row[s.column]}`;
    if (e.date?.iso !== s.year || e.date_qualifier !== 'on') out.push(issue(rawFile, line, 4, 'date', `${e.date_qualifier} ${e.date?.iso ?? ''}`, expect.kdiploYear(s.year, where)));
  }
  return out;
}

const ROK_COLUMNS = [['date', 'established'], ['cut_date', 'severed'], ['reestablish_date', 'restored']] as const;

/**
 * A change of South Korea's relations with a partner that the South Korean extract gives, shaped
 * like a relation event row (so the count reads it as one) with the cell it comes from.
 */
export interface DerivedRokEvent {
  readonly partner_id: string;
  readonly event: 'established' | 'severed' | 'restored';
  readonly date: PartialDate;
  readonly date_qualifier: 'on';
  readonly confidence: 'medium';
  readonly source_id: string;
  /** The extract's line and column, for errors. */
  readonly line: number;
  readonly column: (typeof ROK_COLUMNS)[number][0];
  /** The same cell in words, for tracing. */
  readonly origin: string;
}

/**
 * South Korea's relations are typed (data/raw/rok_relation_events.csv) only where they were not
 * in force on or after this day: in December 2005 Seoul had ties with every UN member but the
 * DPRK, Cuba, Syria, Macedonia and Monaco (Dong-a Ilbo, 2005-12-16; it left out Guinea, typed
 * since). Before it they come from the South Korean extract, by year.
 */
export const ROK_RECORD_FROM = '2005-12-16';

/** The founding of the Republic of Korea. */
const ROK_FOUNDED = '1948-08-15';

/**
 * Codes under which the record holds a predecessor state that Seoul had no ties with, until the
 * day given: the German Democratic Republic (DEU, until unification on 3 Oct 1990) and the
 * Democratic Republic of Vietnam (VNM, until unification on 2 Jul 1976). Seoul's earlier years in
 * the dataset are its ties with the Federal Republic and with South Vietnam, other states: they
 * are dropped, and ties still in force on that day (the Federal Republic's) carry over to it.
 */
export const ROK_OTHER_STATE_UNTIL: Readonly<Record<string, string>> = { DEU: '1990-10-03', VNM: '1976-07-02' };

/**
 * South Korea's relations with the record's partners, from the South Korean extract: each of a
 * row's three years (ties, cut, re-establishment; NA when there is none) becomes a change at year
 * precision. Countries the record does not hold are skipped; a row of the other side, or a year
 * that is neither NA nor a year, is an error naming its line and column.
 */
export function rokFromKdiplo(
  read: ReadExternal,
  dir: string,
  partners: ReadonlySet<string>,
): { events: DerivedRokEvent[]; partners: string[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const rows = table(read, KDIPLO_ROK_FILE, HEADER, dir, issues);
  const file = `${dir}/${KDIPLO_ROK_FILE}`;
  const events: DerivedRokEvent[] = [];
  // Partners with a row, years or none: a row without years says Seoul never had ties.
  const withRow: string[] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    const row = Object.fromEntries(HEADER.map((h, j) => [h, cells[j] ?? '']));
    if (row.south_north !== 'South Korea') return issues.push(issue(file, line, HEADER.indexOf('south_north') + 1, 'south_north', row.south_north!, expect.kdiploSouth));
    const id = row.iso3c!;
    if (!partners.has(id)) return;
    withRow.push(id);
    const own: DerivedRokEvent[] = [];
    for (const [column, event] of ROK_COLUMNS) {
      const value = row[column]!;
      if (value === 'NA') continue;
      // Treaties of the Korean kingdom (the United States 1882, Italy 1884) count from the
      // Republic's founding: nothing before it is a tie of South Korea's.
      const early = /^\d{4}$/.test(value) && value < ROK_FOUNDED.slice(0, 4);
      const date = parsePartialDate(early ? ROK_FOUNDED : value);
      if (!date || (!early && date.precision !== 'year')) {
        issues.push(issue(file, line, HEADER.indexOf(column) + 1, column, value, expect.kdiploRokYear));
        continue;
      }
      own.push({
        partner_id: id, event, date, date_qualifier: 'on', confidence: 'medium', source_id: KDIPLO_SOURCE_ID, line, column,
        origin: `${KDIPLO_ROK_FILE}:${line} ${column}${early ? ` (${value}, read as ${ROK_FOUNDED})` : ''}`,
      });
    }
    const until = ROK_OTHER_STATE_UNTIL[id];
    if (!until) return events.push(...own);
    // A change in the very year of the switch cannot be placed before or after it: a person must.
    const straddling = own.find((e) => e.date.first < until && e.date.last >= until);
    if (straddling) {
      return issues.push(cellIssue(file, straddling, expect.kdiploSwitchYear(id, until)));
    }
    const last = own.filter((e) => e.date.last < until).pop();
    if (last && last.event !== 'severed') {
      events.push({ ...last, event: 'established', date: parsePartialDate(until)!, origin: `${last.origin}, carried over to ${until}` });
    }
    events.push(...own.filter((e) => e.date.first >= until));
  });
  return { events, partners: withRow, issues };
}

/** An issue on the cell of the South Korean extract that an event comes from. */
function cellIssue(file: string, e: DerivedRokEvent, expected: string): Issue {
  return issue(file, e.line, HEADER.indexOf(e.column) + 1, e.column, e.date.iso, expected);
}

/**
 * From December 2005 the record types the exceptions to Seoul's ties by hand: a change the
 * extract dates after 2005 must have a row in rok_relation_events.csv, or the count would read
 * Seoul's ties as in force. States born since (Montenegro, South Sudan), whose ties with Seoul came
 * with independence, need none.
 */
export function checkRokExceptions(derived: readonly DerivedRokEvent[], typed: readonly RelationEvent[], dir: string, since: Readonly<Record<string, string>>): Issue[] {
  const hasRow = new Set(typed.map((e) => e.partner_id));
  return derived
    .filter((e) => e.date.first > ROK_RECORD_FROM && !hasRow.has(e.partner_id))
    .filter((e) => (since[e.partner_id] ?? '').slice(0, 4) !== e.date.iso.slice(0, 4))
    .map((e) => cellIssue(`${dir}/${KDIPLO_ROK_FILE}`, e, expect.rokException(e.partner_id, e.date.iso)));
}
