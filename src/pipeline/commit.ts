// Whole or nothing across a build: stages write into a staging view (.cache/next/, made of hard
// links to the current outputs, see paths.ts), and only a build whose every stage succeeded swaps
// it in. The swap is a journal (.cache/commit.json, written atomically) listing every rename and
// removal, then the renames, then the journal's removal. A build killed during the swap leaves the
// journal; the next build completes it before anything else (roll forward: every staged file is
// complete and flushed), and `npm run check` refuses to compare until then.
//
//   stages ──write──> .cache/next/{data/processed, reports, executed, state.json}
//   commit: journal ──> renames into data/processed, reports, .cache/executed, .cache/state.json
//           ──> removals ──> journal removed ──> .cache/next removed
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles, writeAtomic } from '../io';
import { stagingPaths, type Paths } from './paths';

export interface Journal {
  readonly moves: [string, string][]; // [from, to], relative to the output base
  readonly removals: string[];
}

const base = (p: Paths) => path.dirname(p.cache);
export const journalPath = (p: Paths) => path.join(p.cache, 'commit.json');

/** The output folders that a build swaps in together, as [real, staged] pairs. */
function folders(p: Paths): [string, string][] {
  const s = stagingPaths(p);
  return [
    [p.processed, s.processed],
    [p.reports, s.reports],
    [path.join(p.cache, 'executed'), path.join(s.cache, 'executed')],
  ];
}

/** Makes the staging view: hard links to every current output (cheap; writes replace, never modify, them). */
export function openStaging(p: Paths): Paths {
  const s = stagingPaths(p);
  fs.rmSync(s.cache, { recursive: true, force: true });
  for (const [real, staged] of folders(p)) {
    fs.mkdirSync(staged, { recursive: true });
    for (const f of listFiles(real)) {
      const to = path.join(staged, path.relative(real, f));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      try {
        fs.linkSync(f, to);
      } catch {
        fs.copyFileSync(f, to); // a file system without hard links: a copy is slower, not wrong
      }
    }
  }
  return s;
}

export function discardStaging(p: Paths): void {
  fs.rmSync(stagingPaths(p).cache, { recursive: true, force: true });
}

/** Carries out a journal; `interruptAfter` (tests only) stops after that many renames, as a kill would. */
export function apply(p: Paths, j: Journal, interruptAfter = Infinity): void {
  const b = base(p);
  let done = 0;
  for (const [from, to] of j.moves) {
    if (done++ >= interruptAfter) return;
    const src = path.join(b, from);
    if (!fs.existsSync(src)) continue; // moved before an interruption
    fs.mkdirSync(path.dirname(path.join(b, to)), { recursive: true });
    fs.renameSync(src, path.join(b, to));
  }
  for (const r of j.removals) fs.rmSync(path.join(b, r), { force: true });
  fs.rmSync(journalPath(p), { force: true });
  discardStaging(p);
}

/**
 * Swaps the staging view in: every staged file that is not the current one (not the same inode)
 * replaces it, current files with no staged counterpart are removed, and `state` (the build state,
 * already written in the view) comes last.
 */
export function commit(p: Paths, state: string, interruptAfter = Infinity): void {
  const s = stagingPaths(p);
  const b = base(p);
  const rel = (f: string) => path.relative(b, f);
  const moves: [string, string][] = [];
  const removals: string[] = [];
  for (const [real, staged] of folders(p)) {
    const stagedFiles = listFiles(staged);
    const wanted = new Set(stagedFiles.map((f) => path.relative(staged, f)));
    for (const f of stagedFiles) {
      const to = path.join(real, path.relative(staged, f));
      const old = fs.statSync(to, { throwIfNoEntry: false });
      if (!old || old.ino !== fs.statSync(f).ino) moves.push([rel(f), rel(to)]);
    }
    for (const f of listFiles(real)) if (!wanted.has(path.relative(real, f))) removals.push(rel(f));
  }
  const stagedState = path.join(s.cache, 'state.json');
  writeAtomic(stagedState, state);
  moves.push([rel(stagedState), rel(path.join(p.cache, 'state.json'))]);
  const journal: Journal = { moves, removals };
  writeAtomic(journalPath(p), `${JSON.stringify(journal, null, 1)}\n`);
  apply(p, journal, interruptAfter);
}

/** Completes the commit of a build that was killed during its swap; true if there was one. */
export function recover(p: Paths): boolean {
  let journal: Journal;
  try {
    journal = JSON.parse(fs.readFileSync(journalPath(p), 'utf8')) as Journal;
  } catch {
    discardStaging(p); // no journal (or a torn one, written before any rename): the staging is junk
    fs.rmSync(journalPath(p), { force: true });
    return false;
  }
  apply(p, journal);
  return true;
}

export const commitPending = (p: Paths) => fs.existsSync(journalPath(p));
