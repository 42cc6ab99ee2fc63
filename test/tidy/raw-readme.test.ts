// data/raw/README.md's row counts and checksums: tables printed from the files are current by
// construction, a stale count or checksum is named, and the README's own descriptions are kept.
// (Whether the committed README is current is what `npm run check` and test/raw/ verify.)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/schema/tables';
import { factsOf, quotedChecksums, quotedRows, readmeProblems, readmeTables } from '../../src/tidy/raw-readme';

const RAW = path.join(__dirname, '..', '..', 'data', 'raw');
const readme = fs.readFileSync(path.join(RAW, 'README.md'), 'utf8');
const facts = TABLES.map((t) => factsOf(t.file, fs.readFileSync(path.join(RAW, t.file))));
const current = readmeTables(readme, facts);

describe('raw README tables', () => {
  it('printed from the files, they quote every file and raise no problem', () => {
    expect(readmeProblems(current, facts)).toEqual([]);
    expect([...quotedRows(current).keys()].sort()).toEqual(TABLES.map((t) => t.file).sort());
    expect([...quotedChecksums(current).keys()].sort()).toEqual(TABLES.map((t) => t.file).sort());
  });

  it('keep the descriptions the README gives', () => {
    for (const [file, r] of quotedRows(readme)) if (TABLES.some((t) => t.file === file)) expect(quotedRows(current).get(file)?.meaning).toBe(r.meaning);
  });

  it('count CSV records, not lines: a quoted line break is one row', () => {
    const f = factsOf('x.csv', Buffer.from('a,b\n1,"two\nlines"\n2,x\n'));
    expect(f.rows).toBe(2);
  });

  it('name a stale row count, a stale checksum and a missing file', () => {
    const stale = current.replace(/(\| `claims\.csv` \|[^\n]*\| )(\d+)( \|)/, (_m, a: string, n: string, b: string) => `${a}${Number(n) + 1}${b}`)
      .replace(/(\| missions\.csv \| )([0-9a-f]{64})/, (_m, a: string) => `${a}${'0'.repeat(64)}`)
      .replace(/^\| sources\.csv \|.*$/m, '');
    const problems = readmeProblems(stale, facts);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/claims\.csv has \d+ rows; it has \d+\.$/),
      expect.stringMatching(/missions\.csv the sha256 000000000000…; the file's is [0-9a-f]{12}…\.$/),
      expect.stringMatching(/gives no sha256 for sources\.csv/),
    ]));
  });
});
