// data/raw/README.md records the sha256 of every raw file; editing a file means updating it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/io';
import { TABLES } from '../../src/schema/tables';

const RAW = path.join(__dirname, '..', '..', 'data', 'raw');
const readme = fs.readFileSync(path.join(RAW, 'README.md'), 'utf8');
const recorded = new Map([...readme.matchAll(/^\|\s*`?([a-z_]+\.csv)`?\s*\|\s*`?([0-9a-f]{64})`?\s*\|/gm)].map((m) => [m[1]!, m[2]!]));

describe('raw data checksums in data/raw/README.md', () => {
  it('lists every raw table and nothing else', () => {
    expect([...recorded.keys()].sort()).toEqual(TABLES.map((t) => t.file).sort());
  });
  it.each(TABLES.map((t) => t.file))('%s matches its recorded sha256 (update README after editing: sha256sum data/raw/*.csv)', (file) => {
    expect(sha256(fs.readFileSync(path.join(RAW, file)))).toBe(recorded.get(file));
  });
  it('documents every raw table with a section', () => {
    for (const t of TABLES) expect(readme).toContain(t.file);
  });
});
