// data/processed/ as committed: what the current raw data produce, byte for byte, and valid
// against its own datapackage.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeOutputs } from '../../src/pipeline/outputs';
import { externalReader, projectPaths, rawFiles, relHashes } from '../../src/pipeline/paths';
import { sha256 } from '../../src/io';
import { loadRecord } from '../../src/load/record';
import { validatePackage } from '../helpers/tableschema';

const ROOT = path.join(__dirname, '..', '..');
const RAW = path.join(ROOT, 'data', 'raw');
const PROCESSED = path.join(ROOT, 'data', 'processed');

function build() {
  // As the processed stage does: the raw tables, the third-party extracts, and their hashes.
  const p = projectPaths(ROOT);
  const l = loadRecord((f) => fs.readFileSync(path.join(RAW, f)), 'data/raw', { today: '2026-11-24' }, externalReader(p));
  const hashes = relHashes(p, rawFiles(p));
  return makeOutputs(l.record, { today: '2026-11-24' }, hashes).files;
}

describe('processed outputs', () => {
  it('are deterministic: two builds give identical bytes', () => {
    const a = build();
    const b = build();
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(b.get(k), k).toBe(v);
  });
  it('on disk are exactly what the raw data produce (run `npm run build` after editing data/raw)', () => {
    const files = build();
    expect(fs.readdirSync(PROCESSED).sort()).toEqual([...files.keys()].sort());
    for (const [name, content] of files) expect(fs.readFileSync(path.join(PROCESSED, name), 'utf8'), name).toBe(content);
  });
  it('validate against datapackage.json (types, enums, keys, foreign keys)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(PROCESSED, 'datapackage.json'), 'utf8'));
    expect(pkg.resources.length).toBeGreaterThanOrEqual(16);
    expect(validatePackage(pkg, (p) => fs.readFileSync(path.join(PROCESSED, p), 'utf8'))).toEqual([]);
  });
  it('the validator catches a bad cell (it can fail)', () => {
    const pkg = { resources: [{ name: 't', path: 't.csv', schema: { fields: [{ name: 'n', type: 'integer', constraints: { required: true } }], primaryKey: ['n'], foreignKeys: [] } }] };
    expect(validatePackage(pkg, () => 'n\n1\nx\n1\n')).toEqual(['t.csv:3 n="x": not a integer', 't.csv: duplicate primary key 1']);
  });
});
