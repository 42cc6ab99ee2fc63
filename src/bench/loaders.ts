// Loader benchmark: generates synthetic mission_events tables (valid and ~2% bad) into a
// temporary folder, then streams each through a child process per run (bare parse, validate,
// validate without the key map), side by side, and returns medians. Writes only under `dir`.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { writeTable, type GenSummary } from './generate';
import type { LoadMode } from './stream-validate';
import { median } from './stats';

const run = promisify(execFile);
export const BENCH_TODAY = '2025-01-01';

export interface ChildResult {
  readonly records: number;
  readonly valid: number;
  readonly issues: number;
  readonly seconds: number;
  readonly peakRss: number;
}

export interface LoaderFigures {
  readonly rows: number;
  readonly variant: 'valid' | 'bad';
  readonly generated: GenSummary;
  readonly bytes: number;
  /** Per mode: median rows per second, median and max of peak memory (validate-nokeys: one run), issues found. */
  readonly modes: Record<LoadMode, { rowsPerSecond: number; peakRss: number; maxPeakRss: number; issues: number; valid: number }>;
  /** Median over runs of validate throughput / parse throughput, each pair measured back to back. */
  readonly ratio: number;
}

export async function runChild(distDir: string, file: string, mode: LoadMode): Promise<ChildResult> {
  const { stdout } = await run(process.execPath, [path.join(distDir, 'bench', 'loader-child.js'), file, mode, BENCH_TODAY], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim()) as ChildResult;
}

export async function benchLoaders(distDir: string, dir: string, sizes: readonly number[], reps: number, log: (s: string) => void): Promise<LoaderFigures[]> {
  const out: LoaderFigures[] = [];
  const modes: LoadMode[] = ['parse', 'validate', 'validate-nokeys'];
  for (const rows of sizes) {
    for (const variant of ['valid', 'bad'] as const) {
      const file = path.join(dir, `mission_events-${rows}-${variant}.csv`);
      const generated = await writeTable(file, { rows, seed: 20240101 + rows, badShare: variant === 'bad' ? 0.02 : 0 });
      const bytes = fs.statSync(file).size;
      const runs: Record<LoadMode, ChildResult[]> = { parse: [], validate: [], 'validate-nokeys': [] };
      const ratios: number[] = [];
      for (let r = 0; r < reps; r++) {
        // The run without the key map is informational: once per table is enough.
        for (const mode of modes) if (mode !== 'validate-nokeys' || r === 0) runs[mode].push(await runChild(distDir, file, mode));
        const p = runs.parse[r]!;
        const v = runs.validate[r]!;
        ratios.push(p.seconds / v.seconds);
        log(`  loaders ${rows} ${variant} run ${r + 1}/${reps}: parse ${p.seconds.toFixed(2)} s, validate ${v.seconds.toFixed(2)} s, peak ${(v.peakRss / 2 ** 20).toFixed(0)} MB`);
      }
      const fig = (mode: LoadMode) => ({
        rowsPerSecond: median(runs[mode].map((c) => c.records / c.seconds)),
        peakRss: median(runs[mode].map((c) => c.peakRss)),
        maxPeakRss: Math.max(...runs[mode].map((c) => c.peakRss)),
        issues: runs[mode][0]!.issues,
        valid: runs[mode][0]!.valid,
      });
      out.push({ rows, variant, generated, bytes, modes: { parse: fig('parse'), validate: fig('validate'), 'validate-nokeys': fig('validate-nokeys') }, ratio: median(ratios) });
      fs.rmSync(file);
    }
  }
  return out;
}
