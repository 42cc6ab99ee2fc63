// The broken-input corpus: each folder of test/fixtures/broken/ holds only the raw file(s) that
// differ from test/fixtures/mini/ plus expected.json, the exact list of issues the loader must
// report. Folders named accepted-* must load with no issue and give the same rows as mini;
// folders named warns-* must report warnings only (the build goes on).
// A folder with known-bug.txt documents a defect of src/ (the test states the intended
// behaviour and is marked it.fails until the defect is fixed).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRecord, type Loaded } from '../../src/load/record';
import { formatIssue, showValue } from '../../src/messages';
import { TABLES } from '../../src/schema/tables';
import type { Issue } from '../../src/issues';

const TODAY = '2026-11-24';
const RAW = 'data/raw';
const fixtures = path.join(__dirname, '..', 'fixtures');
const miniDir = path.join(fixtures, 'mini');
const brokenDir = path.join(fixtures, 'broken');
const tableFiles = TABLES.map((t) => t.file);

interface Expected {
  file: string;
  line: number;
  column: number;
  columnName: string;
  value: string;
  expectedIncludes: string;
  severity?: 'error' | 'warning'; // error when absent
}

/** Reads a raw file from the case folder when present, else from mini; `override` wins over both. */
function loadCase(caseDir: string | undefined, override: Record<string, Uint8Array> = {}): Loaded {
  return loadRecord(
    (f) => {
      if (override[f]) return override[f];
      const p = caseDir ? path.join(caseDir, f) : '';
      return fs.readFileSync(caseDir && fs.existsSync(p) ? p : path.join(miniDir, f));
    },
    RAW,
    { today: TODAY },
  );
}

/** Each issue as the expected.json rows, with `expectedIncludes` replaced by the full message. */
function shape(issues: readonly Issue[]) {
  return issues.map((i) => ({
    file: i.file.startsWith(`${RAW}/`) ? i.file.slice(RAW.length + 1) : i.file,
    line: i.line,
    column: i.column,
    columnName: i.columnName,
    value: i.value,
    expected: i.expected,
  }));
}

function matches(issues: readonly Issue[], want: readonly Expected[]) {
  expect(shape(issues)).toEqual(
    want.map((w) => ({
      file: w.file,
      line: w.line,
      column: w.column,
      columnName: w.columnName,
      value: w.value,
      expected: expect.stringContaining(w.expectedIncludes),
    })),
  );
}

function formattedMessagesAreComplete(issues: readonly Issue[]) {
  for (const i of issues) {
    const msg = formatIssue(i);
    expect(msg.startsWith(`${i.severity}: `)).toBe(true);
    const where = i.line > 0 ? `${i.file}:${i.line}${i.column > 0 ? `:${i.column}` : ''}` : i.file;
    expect(msg).toContain(`${where}`);
    if (i.line > 0 && i.column > 0) expect(msg).toContain(`${i.file}:${i.line}:${i.column}`);
    if (i.columnName) expect(msg).toContain(`"${i.columnName}"`);
    expect(msg).toContain(`found ${showValue(i.value)}`);
    // Invisible characters are shown escaped, never as themselves.
    expect(msg.replace(/^.*?: found /, '')).not.toMatch(/[\u00a0\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
    expect(msg).toContain(`expected ${i.expected}`);
  }
}

function sameRows(a: Loaded, b: Loaded) {
  expect(a.record).toEqual(b.record);
}

const cases = fs
  .readdirSync(brokenDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('the broken-input corpus', () => {
  it('has at least 32 rejected cases, each with expected.json and at least one raw file', () => {
    expect(cases.filter((c) => !c.startsWith('accepted-')).length).toBeGreaterThanOrEqual(32);
    for (const c of cases) {
      const files = fs.readdirSync(path.join(brokenDir, c));
      expect(files, c).toContain('expected.json');
      const raw = files.filter((f) => f.endsWith('.csv'));
      expect(raw.length, c).toBeGreaterThan(0);
      for (const f of raw) expect(tableFiles, `${c}/${f}`).toContain(f);
    }
  });

  it('touches every raw table', () => {
    const touched = new Set(cases.flatMap((c) => fs.readdirSync(path.join(brokenDir, c)).filter((f) => f.endsWith('.csv'))));
    for (const f of tableFiles) expect(touched, f).toContain(f);
  });
});

describe('each broken case reports exactly its issues', () => {
  const mini = loadCase(undefined);

  for (const c of cases) {
    const dir = path.join(brokenDir, c);
    const want = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
    const bugFile = path.join(dir, 'known-bug.txt');
    const knownBug = fs.existsSync(bugFile) ? fs.readFileSync(bugFile, 'utf8').trim() : undefined;

    if (c.startsWith('accepted-')) {
      it(`${c}: accepted, same rows as mini`, () => {
        expect(want).toEqual([]);
        const l = loadCase(dir);
        expect(l.issues).toEqual([]);
        sameRows(l, mini);
      });
      continue;
    }

    const test = knownBug ? it.fails : it;
    test(`${c}${knownBug ? ` (known bug: ${knownBug})` : ''}`, () => {
      expect(want.length).toBeGreaterThan(0);
      const l = loadCase(dir);
      matches(l.issues, want);
      expect(l.issues.map((i) => i.severity)).toEqual(want.map((w) => w.severity ?? 'error'));
      if (c.startsWith('warns-')) expect(l.issues.every((i) => i.severity === 'warning')).toBe(true);
      formattedMessagesAreComplete(l.issues);
    });
    if (knownBug) {
      // The parts of the case that already work are still checked, so the case is not dead weight.
      it(`${c}: already reports only issues with the expected files and values`, () => {
        const l = loadCase(dir);
        expect(l.issues.length).toBeGreaterThan(0);
        const allowed = want.map((w) => `${RAW}/${w.file}\u0000${w.value}`);
        for (const i of l.issues) expect(allowed).toContain(`${i.file}\u0000${i.value}`);
        formattedMessagesAreComplete(l.issues);
      });
    }
  }
});

describe('generated inputs', () => {
  it('rejects a 1 MB cell with its line and column, and shortens the value in the message', () => {
    const big = 'x'.repeat(1024 * 1024);
    const mini = fs.readFileSync(path.join(miniDir, 'assertions.csv'), 'utf8');
    const bytes = Buffer.from(`${mini}big,news-2023-close-b,2023-11-12,${big},missions_all,world,eq,0,\n`, 'utf8');
    const l = loadCase(undefined, { 'assertions.csv': bytes });
    matches(l.issues, [
      { file: 'assertions.csv', line: 3, column: 4, columnName: 'statement', value: big, expectedIncludes: 'at most 4000 characters' },
    ]);
    const msg = formatIssue(l.issues[0]!);
    expect(msg).toContain(`${RAW}/assertions.csv:3:4`);
    expect(msg).toContain('(1048576 characters)');
    expect(msg).toContain('expected at most 4000 characters');
    expect(msg.length).toBeLessThan(400);
    expect(l.record.assertions.map((a) => a.assertion_id)).toEqual(['all-shut']);
  });

  it('lists an issue on every line when many rows are bad, not only the first', () => {
    const head = fs.readFileSync(path.join(miniDir, 'claims.csv'), 'utf8');
    const bad = Array.from({ length: 50 }, (_, i) => `gen-${i},news-2023-close-b,2023,missions_all,,world,${i}.5,exact,missions,,low,,`);
    const l = loadCase(undefined, { 'claims.csv': Buffer.from(`${head}${bad.join('\n')}\n`, 'utf8') });
    expect(l.issues.map((i) => [i.line, i.column, i.value])).toEqual(bad.map((_, i) => [6 + i, 7, `${i}.5`]));
  });
});
