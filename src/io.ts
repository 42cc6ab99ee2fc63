// All file-system effects of the build: reading, hashing, atomic writes and the build lock.
// Writes go to a temporary file in the same folder, are flushed, then renamed over the target,
// so a reader (or a build killed half-way) only ever sees the old or the new complete file.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import lockfile = require('proper-lockfile');
import { stripNotebook } from './tidy/notebook-clean';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A file's content as the build reads it: a notebook in its committed form, so that outputs saved
 * by Jupyter neither re-run a stage nor change a report's provenance (the runner replaces every
 * output anyway). A notebook that is not valid JSON is read as it is, and fails when it runs.
 */
export function buildContent(file: string): Buffer {
  const bytes = fs.readFileSync(file);
  if (!file.endsWith('.ipynb')) return bytes;
  try {
    return Buffer.from(stripNotebook(bytes.toString('utf8')), 'utf8');
  } catch {
    return bytes;
  }
}

export function hashFiles(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort()) {
    h.update(f);
    h.update('\0');
    h.update(fs.existsSync(f) ? buildContent(f) : 'missing');
    h.update('\0');
  }
  return h.digest('hex');
}

/** Files below a folder (recursively), sorted, as paths joined to `dir`. */
export function listFiles(dir: string, keep: (p: string) => boolean = () => true): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out.sort();
}

let counter = 0;

/** A temporary path beside `file` (same folder, so the final rename is atomic). */
export function tempPath(file: string): string {
  return `${file}.tmp-${process.pid}-${counter++}`;
}

/** Writes `data` to a new temporary file beside `file`, flushed to disk; returns its path. */
function writeTemp(file: string, data: string | Uint8Array): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = tempPath(file);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return tmp;
}

/** Writes one file atomically (temporary file in the same folder, fsync, rename). */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  fs.renameSync(writeTemp(file, data), file);
}

/** Writes several files: all temporaries first, then the renames, skipping unchanged files. */
export function writeAll(files: ReadonlyMap<string, string | Uint8Array>): string[] {
  const changed: string[] = [];
  const staged: [string, string][] = [];
  try {
    for (const [file, data] of files) {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
      if (fs.existsSync(file) && fs.readFileSync(file).equals(bytes)) continue;
      staged.push([writeTemp(file, bytes), file]);
    }
  } catch (e) {
    for (const [tmp] of staged) fs.rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, file] of staged) {
    fs.renameSync(tmp, file);
    changed.push(file);
  }
  return changed;
}

/** Removes temporaries left by a killed build (they are never read). */
export function removeTemporaries(dirs: readonly string[]): void {
  for (const d of dirs) for (const f of listFiles(d, (p) => /\.tmp-\d+-\d+$/.test(p))) fs.rmSync(f, { force: true });
}

/**
 * Takes the project's build lock, waiting up to `waitMs` for another build to finish. A lock
 * left by a killed build goes stale after 10 s and is then taken over.
 */
export async function takeLock(dir: string, waitMs: number): Promise<() => Promise<void>> {
  fs.mkdirSync(dir, { recursive: true });
  const retries = Math.max(0, Math.ceil(waitMs / 500));
  return lockfile.lock(dir, { lockfilePath: path.join(dir, 'build.lock'), stale: 10_000, update: 2_000, retries: { retries, minTimeout: 500, maxTimeout: 500, factor: 1 } });
}
