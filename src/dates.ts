// Partial ISO dates that keep their precision: "2018" stays a year, "2018-07" a month. A partial
// date stands for an interval of days [first, last]; comparisons work on those intervals, so a
// year is never silently turned into its first of January.

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly iso: string; // as written: YYYY, YYYY-MM or YYYY-MM-DD
  readonly precision: Precision;
  readonly first: string; // first day covered, YYYY-MM-DD
  readonly last: string; // last day covered, YYYY-MM-DD
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial ISO date; returns undefined when the text is not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1900) return undefined;
  if (m[2] === undefined) {
    return { iso: text, precision: 'year', first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const dim = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { iso: text, precision: 'month', first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(dim, 2)}` };
  }
  const day = Number(m[3]);
  if (day < 1 || day > dim) return undefined;
  return { iso: text, precision: 'day', first: text, last: text };
}

/** Like parsePartialDate but throws; for dates produced by the program itself. */
export function partialDate(text: string): PartialDate {
  const d = parsePartialDate(text);
  if (!d) throw new Error(`not a partial ISO date: ${text}`);
  return d;
}

export function dayToYear(day: string): number {
  return Number(day.slice(0, 4));
}

const DAY_MS = 86_400_000;
const epochMs = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** The ISO day `n` days after (or before, when negative) `day`. */
export function addDays(day: string, n: number): string {
  return new Date(epochMs(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((epochMs(b) - epochMs(a)) / DAY_MS);
}

/** The record starts with the state: the DPRK was proclaimed on 1948-09-09. */
export const RECORD_START_YEAR = 1948;
