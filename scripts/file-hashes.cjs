// Content hashes of files, remembered by each file's stat as git's index does, so that a no-op
// build or compile check reads no file whose stat is unchanged. Used by scripts/cli.cjs (before
// dist/ exists, hence plain JavaScript) and by the build's hashing (src/io.ts).
//
// When is a remembered hash trusted? Only when the file's size, mtime, ctime (nanoseconds), inode
// and device are all what they were, and the hash was taken under the file's own absolute path
// (a moved or copied checkout re-reads everything once). ctime catches an edit whose mtime was set
// back (touch -d, tar, rsync -t). A file changed less than RACY_MS before it was hashed is never
// remembered (git's "racy clean" rule): a second edit within the same clock tick (or the same
// second, on file systems with coarse timestamps) could keep size and times, so such a file is
// hashed again on every run until it has been still for RACY_MS.
// Reads and writes only the files it is given; the cache file is replaced atomically (temporary
// file and rename), and an unreadable one counts as empty.
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');

const FORMAT = 1;
const RACY_MS = 2000;

/** The stat fields that must all be unchanged for a remembered hash to hold. */
function statKey(st) {
  return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}:${st.dev}`;
}

class FileHashes {
  /**
   * @param entries remembered [statKey, sha256] by absolute path
   * @param reader names what `read` returns: hashes remembered under another reader are dropped
   */
  constructor(entries, reader) {
    this.entries = entries;
    this.reader = reader;
    this.changed = false;
    this.seen = new Set(); // paths asked for since this object was made: only these are saved
    this.reads = 0; // files read (not served from the cache) since this object was made
  }

  /** The cache stored in `file` for `reader` (empty when absent, unreadable or of another reader). */
  static load(file, reader) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (data && data.format === FORMAT && data.reader === reader && data.files && typeof data.files === 'object') {
        return new FileHashes(new Map(Object.entries(data.files)), reader);
      }
    } catch {
      /* absent or unreadable: start empty */
    }
    const empty = new FileHashes(new Map(), reader);
    empty.changed = fs.existsSync(file); // a stale or foreign file is replaced on save
    return empty;
  }

  /**
   * sha256 (hex) of `read(file)`, from the cache when the file's stat is unchanged; undefined when
   * the file does not exist. Errors of `read` (a folder, no permission) are thrown.
   */
  digest(file, read) {
    const now = Date.now(); // before the stat: a change after this instant gets a later time
    this.seen.add(file);
    let st;
    try {
      st = fs.statSync(file, { bigint: true });
    } catch (e) {
      if (e && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) {
        this.forget(file);
        return undefined;
      }
      throw e;
    }
    const key = statKey(st);
    const known = this.entries.get(file);
    if (Array.isArray(known) && known[0] === key && typeof known[1] === 'string') return known[1];
    const sha = createHash('sha256').update(read(file)).digest('hex');
    this.reads++;
    const lastChange = Number((st.mtimeNs > st.ctimeNs ? st.mtimeNs : st.ctimeNs) / 1000000n);
    if (lastChange < now - RACY_MS) {
      this.entries.set(file, [key, sha]);
      this.changed = true;
    } else {
      this.forget(file); // racy: hashed again next time
    }
    return sha;
  }

  forget(file) {
    if (this.entries.delete(file)) this.changed = true;
  }

  /**
   * Writes the hashes of the files asked for since load to `file`, if anything changed (temporary
   * file in the same folder, then rename). Files not asked for are dropped, so that the cache never
   * grows with paths that are gone (a build's staging view, a moved checkout).
   */
  save(file) {
    const kept = [...this.entries.keys()].filter((k) => this.seen.has(k)).sort();
    if (!this.changed && kept.length === this.entries.size) return;
    const files = {};
    for (const k of kept) files[k] = this.entries.get(k);
    const tmp = `${file}.tmp-${process.pid}-${Date.now()}`; // named as removeTemporaries() expects
    try {
      fs.writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, reader: this.reader, files })}\n`);
      fs.renameSync(tmp, file);
      this.changed = false;
    } catch {
      // Only a cache: without it the next run reads the files again.
      fs.rmSync(tmp, { force: true });
    }
  }
}

module.exports = { FileHashes, RACY_MS };
