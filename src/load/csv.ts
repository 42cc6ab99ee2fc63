// Reads one raw CSV file's bytes into validated rows and issues. Accepts a UTF-8 BOM and CRLF
// line endings (spreadsheets write them); rejects bytes that are not UTF-8, mixed line endings,
// another delimiter, malformed quoting and ragged rows, reporting each with its line (bytes.ts).
// Pure: the bytes are passed in.
import { parse } from 'csv-parse/sync';
import { CsvError } from 'csv-parse';
import { expect } from '../messages';
import { issue, type Issue } from '../issues';
import type { SchemaContext, TableDef } from '../schema/tables';
import { encodingIssues, layoutIssues } from './bytes';
import { TableValidator } from './validator';

/** Lines whose bytes are not valid UTF-8 (kept under its old name for the streaming benchmark). */
export const utf8Issues = encodingIssues;

/**
 * How raw files are read, by the build and by the streaming benchmark alike: a BOM is dropped,
 * each record comes with its line, ragged rows reach the validator (which reports them).
 */
export const CSV_OPTIONS = { bom: true, info: true, relax_column_count: true, skip_empty_lines: true } as const;

/** csv-parse reports the line a record ends on; it starts as many lines earlier as its fields hold newlines. */
export function startLine(fields: readonly string[], endLine: number): number {
  let inner = 0;
  for (const f of fields) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) inner += 1;
  return endLine - inner;
}

/** Line on which a double-quoted field opens and never closes, or undefined. */
export function unclosedQuoteLine(text: string): number | undefined {
  let inQuotes = false;
  let line = 1;
  let openedOn = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (!inQuotes) openedOn = line;
      inQuotes = !inQuotes; // a doubled quote inside a field toggles twice
    } else if (ch === '\n') line += 1;
  }
  return inQuotes ? openedOn : undefined;
}

export interface Parsed<Row> {
  readonly rows: Row[];
  readonly issues: Issue[];
  /** The file could not be read as a table at all (its rows are unknown, not absent). */
  readonly failed: boolean;
  /** Keys (first key column) of rows that were rejected: other tables may refer to them. */
  readonly rejected: ReadonlySet<string>;
}

function csvError(path: string, bytes: Uint8Array, err: CsvError): Issue {
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    const text = new TextDecoder().decode(bytes);
    const line = unclosedQuoteLine(text) ?? Number(err.lines ?? 0);
    return issue(path, line, 0, '', text.split('\n')[line - 1] ?? '', expect.unclosedQuote);
  }
  return issue(path, Number(err.lines ?? 0), 0, '', '', `${expect.csv}: ${err.message}`);
}

export function parseTable<Row>(table: TableDef, path: string, bytes: Uint8Array, context: SchemaContext): Parsed<Row> {
  const none = new Set<string>();
  const bad = encodingIssues(path, bytes);
  if (bad.length > 0) return { rows: [], issues: bad, failed: true, rejected: none };
  // A wrong delimiter, mixed line endings or stray quotes make the records themselves unreliable:
  // report those alone rather than the ragged rows they cause.
  const layout = layoutIssues(path, new TextDecoder().decode(bytes));
  if (layout.length > 0) return { rows: [], issues: layout, failed: true, rejected: none };
  const validator = new TableValidator<Row>(table, path, context);
  const rows: Row[] = [];
  const skipped: Issue[] = [];
  let records: { record: string[]; info: { lines: number } }[] = [];
  try {
    records = parse(Buffer.from(bytes), {
      ...CSV_OPTIONS,
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err) skipped.push(issue(path, Number(err.lines ?? 0), 0, '', String((err as CsvError & { record?: unknown }).record ?? ''), `${expect.csv}: ${err.message}`));
        return undefined;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const err = e as CsvError;
    return { rows: [], issues: [csvError(path, bytes, err)], failed: true, rejected: none };
  }
  const quote = skipped.findIndex((i) => i.expected.includes('Quote Not Closed'));
  if (quote >= 0) {
    // An unclosed quote swallows the rest of the file: report where it opened, and nothing that
    // follows from the swallowing (such as a missing data row).
    return { rows: [], issues: [...skipped.slice(0, quote), csvError(path, bytes, { code: 'CSV_QUOTE_NOT_CLOSED' } as CsvError)], failed: true, rejected: none };
  }
  const [head, ...body] = records;
  if (head && validator.header(head.record)) {
    for (const r of body) {
      const row = validator.record(r.record, startLine(r.record, r.info.lines));
      if (row !== undefined) rows.push(row);
    }
  } else if (head) {
    validator.rowsSeen += body.length;
  }
  validator.finish();
  const failed = !head || !validator.headerOk;
  return { rows, issues: [...skipped, ...validator.issues], failed, rejected: validator.rejected };
}
