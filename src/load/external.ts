// Reads the third-party datasets kept in data/external/ (never hand-written, never edited) and
// derives dated evidence from them, so that a fact they hold is never typed again by hand. For
// now one dataset: the Correlates of War Diplomatic Exchange extract for the DPRK (state 731).
// Pure: bytes come in through `read`; rows that cannot be used come back as issues.
import { parse } from 'csv-parse/sync';
import { parsePartialDate, type PartialDate } from '../dates';
import { issue, type Issue } from '../issues';
import { expect } from '../messages';

export const COW_DIR = 'cow-diplomatic-exchange';
export const COW_FILES = [`${COW_DIR}/dprk.csv`, `${COW_DIR}/cow_codes.csv`] as const;
/** The source row (sources.csv) that every attestation derived from the extract cites. */
export const COW_SOURCE_ID = 'cow-2006-diplomatic-exchange';
const DPRK = '731';
const DPRK_HEADER = ['ccode1', 'ccode2', 'year', 'DR_at_1', 'DR_at_2', 'DE', 'version'];
const CODES_HEADER = ['ccode', 'iso3', 'cow_name', 'note'];

/** A dated fact about a partner that no hand-written row states. */
export interface DerivedRelationEvent {
  readonly partner_id: string;
  readonly date: PartialDate;
  readonly source_id: string;
  /** Where it comes from, for data/processed/derived_evidence.csv: file and line. */
  readonly origin: string;
}

export interface External {
  readonly relationEvents: DerivedRelationEvent[];
  readonly issues: Issue[];
}

export type ReadExternal = (name: string) => Uint8Array | undefined;

/** The rows of one extract after its header, or none (with an issue) when it is missing or its header differs. */
export function table(read: ReadExternal, name: string, header: readonly string[], dir: string, issues: Issue[]): string[][] {
  const bytes = read(name);
  if (!bytes) {
    issues.push(issue(`${dir}/${name}`, 0, 0, '', '', expect.externalFile));
    return [];
  }
  const rows = parse(new TextDecoder().decode(bytes), { relax_column_count: true }) as string[][];
  if ((rows[0] ?? []).join(',') !== header.join(',')) {
    issues.push(issue(`${dir}/${name}`, 1, 1, '', (rows[0] ?? []).join(','), expect.header(header)));
    return [];
  }
  return rows.slice(1);
}

/**
 * Correlates of War Diplomatic Exchange v2006.1: a dyad-year with DE = 1 means that one side had
 * a chargé d'affaires, minister or ambassador accredited to the other (resident or not, which the
 * levels do not tell), so diplomatic relations were in force that year. Each such year becomes an
 * attestation of the partner's relations. DE = 0 proves nothing (ties without envoys exist), and
 * no mission is derived: accreditation from a third country looks the same as an embassy.
 */
export function loadExternal(read: ReadExternal, dir: string, partners: ReadonlySet<string>): External {
  const issues: Issue[] = [];
  const codes = new Map<string, string>();
  table(read, COW_FILES[1], CODES_HEADER, dir, issues).forEach(([code, iso3]) => {
    if (code && iso3) codes.set(code, iso3);
  });
  const relationEvents: DerivedRelationEvent[] = [];
  const file = `${dir}/${COW_FILES[0]}`;
  table(read, COW_FILES[0], DPRK_HEADER, dir, issues).forEach((row, i) => {
    const line = i + 2;
    const [ccode1, ccode2 = '', year = '', , , de] = row;
    if (ccode1 !== DPRK) return issues.push(issue(file, line, 1, 'ccode1', ccode1 ?? '', expect.cowDprk));
    const date = parsePartialDate(year);
    if (!date || date.precision !== 'year') return issues.push(issue(file, line, 3, 'year', year, expect.cowYear));
    if (de !== '1') return;
    const iso3 = codes.get(ccode2);
    if (!iso3) return; // a state the record does not hold (South Vietnam, the GDR): documented in cow_codes.csv
    if (!partners.has(iso3)) return issues.push(issue(file, line, 2, 'ccode2', ccode2, expect.cowPartner(iso3), 'warning'));
    relationEvents.push({ partner_id: iso3, date, source_id: COW_SOURCE_ID, origin: `${COW_FILES[0]}:${line}` });
  });
  return { relationEvents, issues };
}
