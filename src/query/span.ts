// The span of days the record can speak for: from the founding of the DPRK (its first relations
// date from 1948) to the analysis date, the latest date in the record. Counts outside it are
// extrapolations, and the commands and the notebook API say so. Pure.
import { RECORD_START_YEAR, type PartialDate } from '../dates';
import { text } from '../messages';

/** Warnings for a date asked about that lies (partly) outside the record's span. */
export function spanWarnings(date: PartialDate, analysisDate: string): string[] {
  const out: string[] = [];
  if (date.first < `${RECORD_START_YEAR}-01-01`) out.push(text.query.beforeRecord(date.iso, RECORD_START_YEAR));
  if (date.last > analysisDate) out.push(text.query.afterRecord(date.iso, analysisDate));
  return out;
}
