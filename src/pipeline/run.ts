// Runs the pipeline: takes the build lock, completes an interrupted commit, runs each stage whose
// inputs or outputs changed (by content hash) since it last ran, independent stages in parallel,
// and prints one line per stage. Stages write into a staging view that is swapped in only when
// every stage succeeded (commit.ts): a failing or killed build leaves every output as it was.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hashFiles, loadBuildHashes, removeTemporaries } from '../io';
import { text } from '../messages';
import { commit, discardStaging, openStaging, recover } from './commit';
import { BuildError } from './errors';
import { LockLost, takeLock, type Lock } from './lock';
import { logicalName, type Paths } from './paths';
import { pipeline, type Log, type Stage } from './stages';

export interface BuildOptions {
  readonly force: boolean;
  readonly log: Log;
  /** How long to wait for another build's lock, in ms. */
  readonly waitMs: number;
  readonly only?: readonly string[]; // stage ids to consider (and their dependencies are assumed fresh)
  /** How many independent stages run at once (default: one per core). */
  readonly parallel?: number;
}

export interface StageResult {
  readonly id: string;
  readonly status: 'fresh' | 'rebuilt';
  readonly seconds: number;
}

/** What the build state records per stage: hashes of its inputs and of what it wrote. */
interface StageState {
  readonly inputs: string;
  readonly outputs: string;
  readonly reads?: readonly string[];
}
type State = Record<string, StageState>;

function readState(p: Paths): State {
  try {
    const s = JSON.parse(fs.readFileSync(path.join(p.cache, 'state.json'), 'utf8')) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(s).filter(([, v]) => typeof v === 'object' && v !== null)) as State;
  } catch {
    return {};
  }
}

const showState = (s: State) => `${JSON.stringify(s, (k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v), 2)}\n`;

function levels(stages: readonly Stage[]): Stage[][] {
  const done = new Set<string>();
  const out: Stage[][] = [];
  let rest = [...stages];
  while (rest.length) {
    const ready = rest.filter((s) => s.after.every((a) => done.has(a) || !stages.some((x) => x.id === a)));
    if (!ready.length) throw new Error(`cycle in stages: ${rest.map((s) => s.id).join(', ')}`);
    out.push(ready);
    ready.forEach((s) => done.add(s.id));
    rest = rest.filter((s) => !ready.includes(s));
  }
  return out;
}

async function inPool<T>(items: readonly T[], size: number, work: (t: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const errors: unknown[] = [];
  const workers = Array.from({ length: Math.min(size, queue.length) }, async () => {
    for (let t = queue.shift(); t !== undefined; t = queue.shift()) {
      try {
        await work(t);
      } catch (e) {
        errors.push(e);
        queue.length = 0;
      }
    }
  });
  await Promise.all(workers);
  if (errors.length) throw errors[0];
}

/** The stages `only` names; unknown names, or dependencies whose outputs are missing, are errors. */
function select(all: readonly Stage[], p: Paths, only: readonly string[] | undefined): Stage[] {
  if (!only) return [...all];
  const unknown = only.filter((id) => !all.some((s) => s.id === id));
  if (unknown.length) throw new BuildError(text.unknownStage(unknown, all.map((s) => s.id)), 2);
  const chosen = all.filter((s) => only.includes(s.id));
  for (const s of chosen) {
    const missing = s.after.filter((a) => !only.includes(a) && all.find((x) => x.id === a)?.outputs(p).some((f) => !fs.existsSync(f)));
    if (missing.length) throw new BuildError(text.runFirst(s.id, missing), 2);
  }
  return chosen;
}

export async function build(p: Paths, opts: BuildOptions): Promise<StageResult[]> {
  const lock: Lock = await takeLock(path.join(p.cache, 'build.lock'), opts.waitMs, () => opts.log.line(text.lockHeld(path.join(p.cache, 'build.lock'))));
  try {
    return await underLock(p, opts, lock);
  } catch (e) {
    // A removed .cache/ (or a stolen lock) shows up first as some failed file operation: say what happened.
    if (!lock.held()) throw new LockLost(text.lockLost(lock.file));
    throw e;
  } finally {
    lock.release();
  }
}

async function underLock(p: Paths, opts: BuildOptions, lock: Lock): Promise<StageResult[]> {
  if (recover(p)) opts.log.line(text.commitCompleted);
  removeTemporaries([p.processed, p.reports, p.cache]);
  const state = readState(p);
  // Hashes of unchanged files are remembered by their stat (git's index rule), so that a no-op
  // build reads almost nothing; saved only after the build, never from a failed one.
  const hashesFile = path.join(p.cache, 'file-hashes.json');
  const hashes = loadBuildHashes(hashesFile);
  const stages = select(pipeline(p), p, opts.only);
  const results: StageResult[] = [];
  let view: Paths = p; // the real outputs until a stage must run, then the staging view
  const name = (f: string) => logicalName(view, f); // names as seen from the current view
  let staged = false;
  const parallel = Math.max(1, opts.parallel ?? os.availableParallelism());
  try {
    for (const level of levels(stages)) {
      lock.assertHeld();
      await inPool(level, parallel, async (stage) => {
        const t0 = performance.now();
        const last = state[stage.id];
        const fresh =
          !opts.force &&
          last !== undefined &&
          last.inputs === hashFiles(stage.inputs(view, last.reads), name, hashes) &&
          last.outputs === hashFiles(stage.outputs(view), name, hashes);
        if (fresh) {
          results.push({ id: stage.id, status: 'fresh', seconds: (performance.now() - t0) / 1000 });
          opts.log.line(`  ${stage.id.padEnd(36)} fresh`);
          return;
        }
        if (!staged) {
          view = openStaging(p);
          staged = true;
        }
        opts.log.line(`  ${stage.id.padEnd(36)} running`);
        const info = (await stage.run(view, opts.log)) ?? {};
        // Hashed after the run: a stage's own outputs may be another's inputs.
        state[stage.id] = {
          inputs: hashFiles(stage.inputs(view, info.reads), name, hashes),
          outputs: hashFiles(stage.outputs(view), name, hashes),
          ...(info.reads ? { reads: info.reads } : {}),
        };
        const seconds = (performance.now() - t0) / 1000;
        results.push({ id: stage.id, status: 'rebuilt', seconds });
        opts.log.line(`  ${stage.id.padEnd(36)} rebuilt in ${seconds.toFixed(2)} s`);
      });
    }
    if (staged) {
      lock.assertHeld();
      commit(p, showState(state));
    }
    hashes.save(hashesFile);
    return results;
  } catch (e) {
    if (staged && lock.held()) discardStaging(p);
    throw e;
  }
}
