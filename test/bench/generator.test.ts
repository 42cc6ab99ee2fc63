// The benchmark's synthetic tables: the same seed gives the same bytes, and the validator finds
// exactly one issue per bad row generated.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { emptySummary, lines, HEADER } from '../../src/bench/generate';
import { mulberry32 } from '../../src/bench/prng';
import { startLine } from '../../src/load/csv';
import { TableValidator } from '../../src/load/validator';
import { TABLES } from '../../src/schema/tables';

function text(rows: number, seed: number, badShare: number) {
  const summary = emptySummary();
  const out = [...lines({ rows, seed, badShare }, summary)].join('');
  return { out, summary };
}
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('synthetic table generator', () => {
  it('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives the same bytes for the same seed, other bytes for another seed', () => {
    const first = sha(text(5000, 7, 0.02).out);
    expect(sha(text(5000, 7, 0.02).out)).toBe(first);
    expect(sha(text(5000, 8, 0.02).out)).not.toBe(first);
    // A longer table starts with the same rows.
    const head = text(5000, 7, 0.02).out;
    expect(text(6000, 7, 0.02).out.startsWith(head)).toBe(true);
  });

  it('writes the mission_events header and valid rows when no bad share is asked', () => {
    const { out, summary } = text(2000, 3, 0);
    expect(out.split('\n', 1)[0]).toBe(HEADER.join(','));
    expect(summary.bad).toBe(0);
    expect(issuesOf(out)).toEqual({ issues: 0, valid: 2000 });
  });

  it('has the configured share of bad rows, each found once by TableValidator', () => {
    const { out, summary } = text(2000, 11, 0.02);
    expect(summary.bad).toBe(40);
    expect(Object.values(summary.badByKind).every((n) => n > 0)).toBe(true);
    expect(issuesOf(out)).toEqual({ issues: 40, valid: 1960 });
  });
});

function issuesOf(csv: string): { issues: number; valid: number } {
  const table = TABLES.find((t) => t.name === 'mission_events')!;
  const v = new TableValidator(table, 'synthetic.csv', { today: '2025-01-01' });
  const records = parse(csv, { info: true, bom: true, relax_column_count: true, skip_empty_lines: true }) as unknown as { record: string[]; info: { lines: number } }[];
  const [head, ...body] = records;
  expect(v.header(head!.record)).toBe(true);
  let valid = 0;
  for (const r of body) if (v.record(r.record, startLine(r.record, r.info.lines)) !== undefined) valid += 1;
  v.finish();
  return { issues: v.issues.length, valid };
}
