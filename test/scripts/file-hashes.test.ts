// The file-hash cache of scripts/file-hashes.cjs (used by scripts/cli.cjs and the build's
// hashFiles): a changed file is always seen, whatever the edit keeps of its stat; an unchanged,
// settled file is not read again.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileHashes, RACY_MS } from '../../scripts/file-hashes.cjs';
import { hashFiles, loadBuildHashes, sha256 } from '../../src/io';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-hashes-'));
const cacheFile = path.join(dir, 'hashes.json');
const read = (f: string) => fs.readFileSync(f);
const load = () => FileHashes.load(cacheFile, 'bytes');
const settled = path.join(dir, 'settled.csv');
const settledToo = path.join(dir, 'settled-too.csv');
const toEdit = path.join(dir, 'to-edit.csv');
const HOUR_AGO = Math.floor(Date.now() / 1000) - 3600; // whole seconds: utimes keeps them exactly

beforeAll(async () => {
  fs.writeFileSync(settled, 'id,value\na,1\n');
  fs.writeFileSync(settledToo, 'id,value\nb,2\n');
  fs.writeFileSync(toEdit, 'id,value\nc,3\n');
  for (const f of [settled, settledToo, toEdit]) fs.utimesSync(f, HOUR_AGO, HOUR_AGO);
  // A file is remembered only once it has been still for RACY_MS (its mtime and ctime are older).
  await new Promise((r) => setTimeout(r, RACY_MS + 200));
  const h = load();
  h.digest(settled, read);
  h.digest(settledToo, read);
  h.digest(toEdit, read);
  h.save(cacheFile);
}, 10_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the file-hash cache', () => {
  it('serves a settled, unchanged file without reading it', () => {
    const h = load();
    expect(h.digest(settled, read)).toBe(sha256(fs.readFileSync(settled)));
    expect(h.digest(settledToo, read)).toBe(sha256(fs.readFileSync(settledToo)));
    expect(h.reads).toBe(0);
  });

  it('sees an edit that keeps the size and puts the mtime back (touch -d, tar, rsync -t)', () => {
    const h = load();
    const before = h.digest(toEdit, read);
    expect(h.reads).toBe(0); // remembered
    fs.writeFileSync(toEdit, 'id,value\nc,4\n'); // same size
    fs.utimesSync(toEdit, HOUR_AGO, HOUR_AGO);
    expect(fs.statSync(toEdit).size).toBe(13);
    expect(fs.statSync(toEdit).mtimeMs).toBe(HOUR_AGO * 1000);
    const after = h.digest(toEdit, read);
    expect(after).not.toBe(before);
    expect(after).toBe(sha256('id,value\nc,4\n'));
  });

  it('sees an edit made within the same second as the hashing (racy clean: such a file is not remembered)', () => {
    const file = path.join(dir, 'racy.csv');
    fs.writeFileSync(file, 'x,1\n');
    const h = load();
    expect(h.digest(file, read)).toBe(sha256('x,1\n'));
    h.save(cacheFile);
    fs.writeFileSync(file, 'x,2\n'); // same size, same second, maybe the same clock tick
    const again = load();
    expect(again.digest(file, read)).toBe(sha256('x,2\n'));
    expect(again.reads).toBe(1);
    expect(Object.keys(JSON.parse(fs.readFileSync(cacheFile, 'utf8')).files)).not.toContain(file);
  });

  it('reads every file of a moved or copied checkout again (entries are by absolute path, inode and ctime)', () => {
    const copy = path.join(dir, 'moved');
    fs.mkdirSync(copy);
    const moved = path.join(copy, 'settled.csv');
    fs.copyFileSync(settled, moved);
    fs.utimesSync(moved, HOUR_AGO, HOUR_AGO);
    const h = load();
    expect(h.digest(moved, read)).toBe(sha256(fs.readFileSync(settled)));
    expect(h.reads).toBe(1);
    // Renamed in place: same inode and mtime, new path (and ctime).
    const renamed = path.join(dir, 'renamed.csv');
    fs.copyFileSync(settledToo, renamed);
    fs.renameSync(renamed, path.join(copy, 'renamed.csv'));
    expect(h.digest(path.join(copy, 'renamed.csv'), read)).toBe(sha256(fs.readFileSync(settledToo)));
    expect(h.reads).toBe(2);
  });

  it('reads a file again when its remembered entry is malformed', () => {
    const bad = path.join(dir, 'bad-hashes.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 1, reader: 'bytes', files: { [settled]: null, [settledToo]: 'abc' } }));
    const h = FileHashes.load(bad, 'bytes');
    expect(h.digest(settled, read)).toBe(sha256(fs.readFileSync(settled)));
    expect(h.digest(settledToo, read)).toBe(sha256(fs.readFileSync(settledToo)));
    expect(h.reads).toBe(2);
  });

  it('says undefined for a missing file, and drops hashes remembered for another reader', () => {
    const h = load();
    expect(h.digest(path.join(dir, 'absent.csv'), read)).toBeUndefined();
    const other = FileHashes.load(cacheFile, 'another reader');
    other.digest(settled, read);
    expect(other.reads).toBe(1);
  });

  it('gives hashFiles the same hash with or without the cache, and a different one after an edit', () => {
    const files = [settled, settledToo, path.join(dir, 'absent.csv')];
    const name = (f: string) => path.basename(f);
    const buildHashes = loadBuildHashes(path.join(dir, 'build-hashes.json'));
    const plain = hashFiles(files, name);
    expect(hashFiles(files, name, buildHashes)).toBe(plain);
    buildHashes.save(path.join(dir, 'build-hashes.json'));
    const cached = loadBuildHashes(path.join(dir, 'build-hashes.json'));
    expect(hashFiles(files, name, cached)).toBe(plain);
    expect(cached.reads).toBe(0);
    fs.writeFileSync(settledToo, 'id,value\nb,3\n');
    expect(hashFiles(files, name, cached)).not.toBe(plain);
  });
});
