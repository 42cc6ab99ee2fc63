// data/raw/README.md quotes each raw file's row count and sha256. This module reads those two
// tables, compares them with the files, and writes the tables to paste after an edit (the
// README stays hand-written: nothing here edits it). Pure: file contents are passed in.
import { parse } from 'csv-parse/sync';
import { sha256 } from '../io';
import { text } from '../messages';

export interface RawFileFacts {
  readonly file: string;
  readonly rows: number; // data records, header excluded
  readonly sha256: string;
}

/** Row count (CSV records, so quoted line breaks count once) and sha256 of one raw file. */
export function factsOf(file: string, bytes: Uint8Array): RawFileFacts {
  const records = parse(Buffer.from(bytes), { bom: true, relax_column_count: true, skip_empty_lines: true }) as unknown[];
  return { file, rows: Math.max(0, records.length - 1), sha256: sha256(bytes) };
}

const ROWS_LINE = /^\|\s*`([a-z_]+\.csv)`\s*\|(.*)\|\s*(\d+)\s*\|\s*$/;
const SUM_LINE = /^\|\s*`?([a-z_]+\.csv)`?\s*\|\s*`?([0-9a-f]{64})`?\s*\|\s*$/;

export function quotedRows(readme: string): Map<string, { rows: number; meaning: string }> {
  const out = new Map<string, { rows: number; meaning: string }>();
  for (const line of readme.split('\n')) {
    const m = ROWS_LINE.exec(line);
    if (m) out.set(m[1]!, { rows: Number(m[3]), meaning: m[2]!.trim() });
  }
  return out;
}

export function quotedChecksums(readme: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readme.split('\n')) {
    const m = SUM_LINE.exec(line);
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}

/** Every way the README's two tables disagree with the files, one message each. */
export function readmeProblems(readme: string, facts: readonly RawFileFacts[]): string[] {
  const rows = quotedRows(readme);
  const sums = quotedChecksums(readme);
  const out: string[] = [];
  for (const f of facts) {
    const r = rows.get(f.file);
    if (!r) out.push(text.rawReadme.noRows(f.file));
    else if (r.rows !== f.rows) out.push(text.rawReadme.rows(f.file, r.rows, f.rows));
    const s = sums.get(f.file);
    if (!s) out.push(text.rawReadme.noChecksum(f.file));
    else if (s !== f.sha256) out.push(text.rawReadme.checksum(f.file, s, f.sha256));
  }
  const known = new Set(facts.map((f) => f.file));
  for (const name of new Set([...rows.keys(), ...sums.keys()])) if (!known.has(name)) out.push(text.rawReadme.extra(name));
  return out;
}

/** The two tables as they should read, to paste into data/raw/README.md (meanings kept from it). */
export function readmeTables(readme: string, facts: readonly RawFileFacts[]): string {
  const rows = quotedRows(readme);
  const sorted = [...facts].sort((a, b) => (a.file < b.file ? -1 : 1));
  // The rows table keeps the README's own order of files, new files at the end.
  const order = [...rows.keys()].filter((f) => facts.some((x) => x.file === f));
  const byOrder = [...order, ...sorted.map((f) => f.file).filter((f) => !order.includes(f))];
  const byName = new Map(facts.map((f) => [f.file, f]));
  return [
    '| file | one row is | rows |',
    '|---|---|---|',
    ...byOrder.map((f) => `| \`${f}\` | ${rows.get(f)?.meaning ?? ''} | ${byName.get(f)!.rows} |`),
    '',
    '| file | sha256 |',
    '|---|---|',
    ...sorted.map((f) => `| ${f.file} | ${f.sha256} |`),
  ].join('\n');
}
