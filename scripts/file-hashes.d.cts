// Types of scripts/file-hashes.cjs (plain JavaScript, because scripts/cli.cjs runs it before dist/ exists).

/** How long a file must have been still before its hash is remembered (git's "racy clean" rule). */
export declare const RACY_MS: number;

export declare class FileHashes {
  /** Files read (not served from the cache) since this object was made. */
  reads: number;
  /** The cache stored in `file` for `reader` (empty when absent, unreadable or of another reader). */
  static load(file: string, reader: string): FileHashes;
  /** sha256 (hex) of `read(file)`, from the cache when the file's stat is unchanged; undefined when the file does not exist. */
  digest(file: string, read: (file: string) => Uint8Array | string): string | undefined;
  /** Writes the hashes of the files asked for since load to `file`, if anything changed. */
  save(file: string): void;
}
