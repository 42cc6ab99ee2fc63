// Runs the pipeline: takes the build lock, runs each stage whose inputs changed (by content hash)
// or whose outputs are missing, independent stages in parallel, and prints one line per stage.
// A failing stage stops the build; outputs of stages that did not finish stay as they were.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hashFiles, removeTemporaries, takeLock, writeAtomic } from '../io';
import { text } from '../messages';
import type { Paths } from './paths';
import { pipeline, type Log, type Stage } from './stages';

export interface BuildOptions {
  readonly force: boolean;
  readonly log: Log;
  /** How long to wait for another build's lock, in ms. */
  readonly waitMs: number;
  readonly only?: readonly string[]; // stage ids to consider (and their dependencies are assumed fresh)
}

export interface StageResult {
  readonly id: string;
  readonly status: 'fresh' | 'rebuilt';
  readonly seconds: number;
}

type State = Record<string, string>;

function readState(p: Paths): State {
  try {
    return JSON.parse(fs.readFileSync(path.join(p.cache, 'state.json'), 'utf8')) as State;
  } catch {
    return {};
  }
}

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

export async function build(p: Paths, opts: BuildOptions): Promise<StageResult[]> {
  let release: () => Promise<void>;
  try {
    release = await takeLock(p.cache, 0);
  } catch {
    opts.log.line(text.lockHeld(path.join(p.cache, 'build.lock')));
    release = await takeLock(p.cache, opts.waitMs);
  }
  try {
    removeTemporaries([p.processed, p.reports, p.cache]);
    const state = readState(p);
    const results: StageResult[] = [];
    const stages = pipeline(p).filter((s) => !opts.only || opts.only.includes(s.id));
    const parallel = Math.max(1, os.availableParallelism());
    for (const level of levels(stages)) {
      await inPool(level, parallel, async (stage) => {
        const t0 = performance.now();
        const hash = hashFiles(stage.inputs(p));
        const present = stage.outputs(p).every((f) => fs.existsSync(f));
        if (!opts.force && present && state[stage.id] === hash) {
          results.push({ id: stage.id, status: 'fresh', seconds: (performance.now() - t0) / 1000 });
          opts.log.line(`  ${stage.id.padEnd(36)} fresh`);
          return;
        }
        opts.log.line(`  ${stage.id.padEnd(36)} running`);
        await stage.run(p, opts.log);
        // Inputs are hashed again after the run: a stage's own outputs may be another's inputs.
        state[stage.id] = hashFiles(stage.inputs(p));
        writeAtomic(path.join(p.cache, 'state.json'), `${JSON.stringify(state, Object.keys(state).sort(), 2)}\n`);
        const seconds = (performance.now() - t0) / 1000;
        results.push({ id: stage.id, status: 'rebuilt', seconds });
        opts.log.line(`  ${stage.id.padEnd(36)} rebuilt in ${seconds.toFixed(2)} s`);
      });
    }
    return results;
  } finally {
    await release();
  }
}
