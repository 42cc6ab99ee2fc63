// Serialises rows to the processed CSV format: header in schema order, rows sorted by key,
// RFC 4180 quoting, UTF-8 without BOM, \n endings. Text cells that a spreadsheet would run as a
// formula are neutralised by a leading apostrophe (OWASP "CSV injection" guidance).
import { stringify } from 'csv-stringify/sync';
import type { OutTable } from './columns';

// Apostrophes already in front of a formula starter count as part of it: raw "'=x" is written
// "''=x", so that removing one apostrophe (src/notebook/data.ts) gives back exactly what was typed.
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function toCsv<Row>(table: OutTable<Row>, rows: readonly Row[]): string {
  const keyIdx = table.key.map((k) => table.columns.findIndex((c) => c.name === k));
  const records = rows.map((row) => table.columns.map((c) => (c.text ? neutralise(c.get(row)) : c.get(row))));
  records.sort((a, b) => compareKeys(keyIdx.map((i) => a[i] ?? ''), keyIdx.map((i) => b[i] ?? '')));
  return stringify([table.columns.map((c) => c.name), ...records], { record_delimiter: '\n', quoted_match: [/\r/, /^\s|\s$/] });
}
