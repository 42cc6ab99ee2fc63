// data/raw/README.md's row counts and checksums: the real README is current, a stale count or
// checksum is named, and the printed tables are what the README holds when nothing changed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/schema/tables';
import { factsOf, quotedRows, readmeProblems, readmeTables } from '../../src/tidy/raw-readme';

const RAW = path.join(__dirname, '..', '..', 'data', 'raw');
const readme = fs.readFileSync(path.join(RAW, 'README.md'), 'utf8');
const facts = TABLES.map((t) => factsOf(t.file, fs.readFileSync(path.join(RAW, t.file))));

describe('raw README tables', () => {
  it('quote the row counts and checksums of the files as they are', () => {
    expect(readmeProblems(readme, facts)).toEqual([]);
    expect(quotedRows(readme).size).toBe(TABLES.length);
  });

  it('counts CSV records, not lines: a quoted line break is one row', () => {
    const f = factsOf('x.csv', Buffer.from('a,b\n1,"two\nlines"\n2,x\n'));
    expect(f.rows).toBe(2);
  });

  it('names a stale row count and a stale checksum', () => {
    const stale = readme.replace(/(\| `claims\.csv` \|[^\n]*\| )(\d+)( \|)/, (_m, a: string, n: string, b: string) => `${a}${Number(n) + 1}${b}`)
      .replace(/(\| missions\.csv \| )([0-9a-f]{64})/, (_m, a: string) => `${a}${'0'.repeat(64)}`);
    const problems = readmeProblems(stale, facts);
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/claims\.csv has \d+ rows; it has \d+\.$/),
      expect.stringMatching(/missions\.csv the sha256 000000000000…; the file's is [0-9a-f]{12}…\.$/),
    ]));
  });

  it('prints the two tables exactly as the current README has them', () => {
    for (const line of readmeTables(readme, facts).split('\n').filter(Boolean)) expect(readme).toContain(line);
  });
});
