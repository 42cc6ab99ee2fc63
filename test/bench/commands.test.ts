// The bench's helpers that read a build's output and make its per-table edits.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { stagesOf } from '../../src/bench/commands';
import { editFirstRowNotes } from '../../src/bench/edits';

const RAW = path.resolve(__dirname, '..', '..', 'data', 'raw');

describe('stagesOf', () => {
  it('reads re-run and fresh stages from the build output', () => {
    const out = '  processed                            running\n  processed                            rebuilt in 0.25 s\n  notebook:01-a                        fresh\n    01-a: cell 1/5\nbuild done in 1.00 s: 1 stage rebuilt, 1 fresh.\n';
    expect(stagesOf(out)).toEqual({ rebuilt: ['processed'], fresh: ['notebook:01-a'] });
  });
});

describe('editFirstRowNotes', () => {
  it.each(fs.readdirSync(RAW).filter((f) => f.endsWith('.csv')))('changes only the notes of the first row of %s', (table) => {
    const text = fs.readFileSync(path.join(RAW, table), 'utf8');
    const before = parse(text, { columns: true }) as Record<string, string>[];
    const after = parse(editFirstRowNotes(text), { columns: true }) as Record<string, string>[];
    expect(after.length).toBe(before.length);
    expect(after[0]!.notes).toMatch(/\(edited\)$/);
    expect({ ...after[0], notes: before[0]!.notes }).toEqual(before[0]);
    expect(after.slice(1)).toEqual(before.slice(1));
  });
});
