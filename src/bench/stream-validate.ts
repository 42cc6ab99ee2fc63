// Reads one raw CSV file as a stream (csv-parse's stream API) and either only parses it (the
// floor) or also validates every record with TableValidator, keeping counts but no rows.
// Writes nothing.
import * as fs from 'node:fs';
import { parse } from 'csv-parse';
import { CSV_OPTIONS, startLine } from '../load/csv';
import { TableValidator } from '../load/validator';
import type { TableDef } from '../schema/tables';

/** parse: csv-parse only; validate: TableValidator as the build uses it; validate-nokeys: same,
 * but the validator's map of seen keys is emptied every 10,000 rows (to show what it costs). */
export type LoadMode = 'parse' | 'validate' | 'validate-nokeys';

export interface LoadCounts {
  readonly records: number; // data records (header excluded)
  readonly valid: number;
  readonly issues: number;
}

export async function streamLoad(file: string, table: TableDef, mode: LoadMode, today: string): Promise<LoadCounts> {
  const validator = new TableValidator(table, file, { today });
  let records = -1;
  let valid = 0;
  let issues = 0;
  const parser = fs.createReadStream(file).pipe(parse(CSV_OPTIONS));
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    records += 1;
    if (mode === 'parse') continue;
    if (records === 0) {
      validator.header(item.record);
    } else if (validator.record(item.record, startLine(item.record, item.info.lines)) !== undefined) {
      valid += 1;
    }
    if (validator.issues.length > 0) {
      issues += validator.issues.length;
      validator.issues.length = 0; // counted, not held
    }
    if (mode === 'validate-nokeys' && records % 10_000 === 0) (validator as unknown as { seenKeys: Map<string, number> }).seenKeys.clear();
  }
  if (mode !== 'parse') {
    validator.finish();
    issues += validator.issues.length;
  }
  return { records: Math.max(records, 0), valid, issues };
}
