// The kdiplo dataset (Kadir Jun Ayhan, github.com/kjayhan/kdiplo: South and North Korea's
// diplomatic ties, by country and year, from Seoul's foreign ministry list) is read for the
// DPRK's establishment, cut and re-establishment years. Its rows in data/raw/relation_events.csv
// are typed by hand, each with a judgement of its own (a `low` where dated sources contradict the
// year, a note naming the conflict), and some of its years are left out where a dated source gives
// the same change to the day. What keeps those rows honest is this check: every row that cites
// the dataset must say what the DPRK extract in data/external/kdiplo/ says, or it is an error.
// Pure: bytes come in through `read`; problems come back as issues.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { issue, type Issue } from '../issues';
import { expect } from '../messages';
import type { RelationEvent } from '../schema/tables';
import { table, type ReadExternal } from './external';

export const KDIPLO_FILE = 'kdiplo/dprk.csv';
/** The source row (sources.csv) of the dataset. */
export const KDIPLO_SOURCE_ID = 'kdiplo-2025-06-16-diplo-ties-data';
/** The year whose rows the extract keeps: the last full year of the release (updated 2025-06-16). */
export const KDIPLO_YEAR = '2024';
const HEADER = ['iso3c', 'iso2c', 'country', 'country_kr', 'south_north', 'year', 'diplomatic_ties', 'date', 'cut_date', 'reestablish_date', 'updated_at'];

/**
 * The extract, from the upstream `data-raw/diplo_ties_data.csv`: the DPRK's rows of KDIPLO_YEAR,
 * columns and values as upstream, in country-code order. The years of ties, cut and
 * re-establishment repeat on every row of a country, so one year's rows hold them all.
 */
export function extractKdiplo(upstream: string): string {
  const rows = parse(upstream, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const keep = rows.filter((r) => r.south_north === 'North Korea' && r.year === KDIPLO_YEAR);
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
