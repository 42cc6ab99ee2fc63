// All file-system effects of the build: reading, hashing and atomic writes (the build lock is in
// src/pipeline/lock.ts). Writes go to a temporary file in the same folder, are flushed, then renamed
// over the target, so a reader (or a build killed half-way) only ever sees the old or the new
// complete file; a failed write removes its temporary and names the file it was writing.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { text } from './messages';
import { stripNotebook } from './tidy/notebook-clean';
import { FileHashes } from '../scripts/file-hashes.cjs';

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

/**
 * What a digest in a file-hash cache was taken of: `buildContent` as this code defines it. The tag
 * changes with the code of this module and of the notebook stripping, so that hashes remembered
 * by another version of the reading are never used.
 */
export function buildContentReader(): string {
  const ext = path.extname(__filename);
  return `buildContent:${sha256(fs.readFileSync(__filename))}:${sha256(fs.readFileSync(path.join(__dirname, 'tidy', `notebook-clean${ext}`)))}`;
}

/**
 * A cache of file hashes (scripts/file-hashes.cjs), described here so that the declarations in
 * dist/ never name a script (tslab type-checks them when a notebook imports dist/).
 */
export interface HashCache {
  /** Files read, not served from the cache, since it was loaded. */
  readonly reads: number;
  digest(file: string, read: (file: string) => Uint8Array | string): string | undefined;
  save(file: string): void;
}

/** A file-hash cache for `buildContent`, stored in `file`. */
export function loadBuildHashes(file: string): HashCache {
  return FileHashes.load(file, buildContentReader());
}

/**
 * sha256 over files, each keyed by `name(file)` (a name relative to the project, so that the hash
 * does not depend on where the checkout lives) and the sha256 of its content as the build reads it
 * ('missing' when absent). With a cache, a file whose stat is unchanged is not read again.
 */
export function hashFiles(files: readonly string[], name: (file: string) => string, cache?: HashCache): string {
  const h = createHash('sha256');
  for (const [n, f] of files.map((f) => [name(f), f] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    h.update(n);
    h.update('\0');
    let digest: string | undefined;
    try {
      digest = cache ? cache.digest(f, buildContent) : sha256(buildContent(f));
    } catch {
      digest = undefined;
    }
    h.update(digest ?? 'missing');
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

/** A write that failed, with a message that names the file (and says when the disk is full). */
export class WriteError extends Error {
  constructor(readonly file: string, override readonly cause: NodeJS.ErrnoException) {
    super(cause.code === 'ENOSPC' || cause.code === 'EDQUOT' ? text.diskFull(file) : text.writeFailed(file, cause.message));
  }
}

let counter = 0;

/** A temporary path beside `file` (same folder, so the final rename is atomic). */
export function tempPath(file: string): string {
  return `${file}.tmp-${process.pid}-${counter++}`;
}

/** Writes `data` to a new temporary file beside `file`, flushed to disk; returns its path. */
function writeTemp(file: string, data: string | Uint8Array): string {
  const tmp = tempPath(file);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    // The temporary exists as soon as openSync returned: remove it before anything else.
    fs.rmSync(tmp, { force: true });
    throw new WriteError(file, e as NodeJS.ErrnoException);
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
