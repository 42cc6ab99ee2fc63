// Makes data/external/cow-diplomatic-exchange/dprk.csv from the upstream Correlates of War file:
// the DPRK's rows (ccode1 = 731) that have any non-zero value, columns and values as upstream.
// Pure: text in, text out; the CLI command `extract-cow` reads the file and prints the result.
import { parse } from 'csv-parse/sync';

export const COW_HEADER = 'ccode1,ccode2,year,DR_at_1,DR_at_2,DE,version';

export function extractDprk(upstream: string): string {
  const rows = parse(upstream, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const keep = rows.filter((r) => r.ccode1 === '731' && [r.DR_at_1, r.DR_at_2, r.DE].some((v) => v !== '0'));
  keep.sort((a, b) => Number(a.ccode2) - Number(b.ccode2) || Number(a.year) - Number(b.year));
  const cols = COW_HEADER.split(',');
  return [COW_HEADER, ...keep.map((r) => cols.map((c) => r[c] ?? '').join(','))].join('\n') + '\n';
}
