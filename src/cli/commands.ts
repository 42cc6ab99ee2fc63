// Actions of the CLI commands. Printing and exit codes live here; the work is in src/build and
// src/analysis.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePartialDate } from '../dates';
import { WriteError } from '../io';
import { hasErrors } from '../issues';
import { formatIssue, text } from '../messages';
import { METRICS, SCOPES, type Metric, type Scope } from '../schema/vocab';
import { check } from '../build/check';
import { BuildError, DataError, today } from '../build/errors';
import { NotebookError } from '../build/notebook-runner';
import { externalReader, projectPaths, ROOT } from '../build/paths';
import { build } from '../build/run';
import type { Log } from '../build/stages';

// The loaders and the analysis (zod, world-countries) are loaded only by the commands that use
// them, so that a no-op build starts fast.
const lazy = {
  record: () => require('../load/record') as typeof import('../load/record'),
  count: () => require('../analysis/count') as typeof import('../analysis/count'),
  words: () => require('../analysis/words') as typeof import('../analysis/words'),
};

const log: Log = { line: (t) => console.log(t) };

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

export async function buildCommand(o: { force?: boolean; only?: string }): Promise<void> {
  const t0 = performance.now();
  try {
    const results = await build(projectPaths(), { force: Boolean(o.force), log, waitMs: 15 * 60_000, ...(o.only ? { only: o.only.split(',') } : {}) });
    const rebuilt = results.filter((r) => r.status === 'rebuilt').length;
    console.log(`build done in ${((performance.now() - t0) / 1000).toFixed(2)} s: ${rebuilt} stage${rebuilt === 1 ? '' : 's'} rebuilt, ${results.length - rebuilt} fresh.`);
  } catch (e) {
    if (e instanceof DataError) fail(e.message);
    if (e instanceof BuildError) fail(e.message, e.exitCode);
    if (e instanceof WriteError) fail(e.message);
    if (e instanceof NotebookError) {
      const f = e.failure;
      fail(`build failed: ${f.notebook}, cell ${f.cell} raised an error. The previous outputs were kept.\n--- cell source ---\n${f.source}\n--- error ---\n${f.error}`);
    }
    throw e;
  }
}

export async function checkCommand(): Promise<void> {
  let diffs: string[];
  try {
    diffs = await check(ROOT, log);
  } catch (e) {
    if (e instanceof BuildError) fail(e.message, e.exitCode);
    if (e instanceof WriteError) fail(e.message);
    throw e;
  }
  if (diffs.length) fail(text.checkDiffers(diffs));
  console.log(text.checkOk);
}

function load(rawDir: string) {
  const dir = rawDir || projectPaths().raw;
  // The third-party extracts sit beside the raw folder (data/external next to data/raw).
  const external = externalReader({ ...projectPaths(), root: process.cwd(), external: path.join(dir, '..', 'external') });
  return lazy.record().loadRecord((f) => fs.readFileSync(path.join(dir, f)), path.relative(process.cwd(), dir) || '.', { today: today() }, external);
}

export function validateCommand(rawDir: string): void {
  const loaded = load(rawDir);
  loaded.issues.forEach((i) => console.error(formatIssue(i)));
  const errors = loaded.issues.filter((i) => i.severity === 'error').length;
  if (hasErrors(loaded.issues)) fail(text.buildFailed(errors));
  const r = loaded.record;
  console.log(`ok: ${r.sources.length} sources, ${r.claims.length} claims, ${r.missions.length} missions, ${r.missionEvents.length} mission events, ${r.relations.length} partners, ${r.relationEvents.length} relation events, ${r.assertions.length} assertions.`);
}

export function countCommand(metric: string, date: string, scope: string): void {
  if (!(METRICS as readonly string[]).includes(metric)) fail(`unknown metric ${JSON.stringify(metric)}; expected one of: ${METRICS.join(', ')}`, 2);
  if (!(SCOPES as readonly string[]).includes(scope)) fail(`unknown scope ${JSON.stringify(scope)}; expected one of: ${SCOPES.join(', ')}`, 2);
  const d = parsePartialDate(date);
  if (!d) fail(`not a date: ${JSON.stringify(date)}; expected YYYY, YYYY-MM or YYYY-MM-DD`, 2);
  const loaded = load('');
  if (hasErrors(loaded.issues)) fail(text.buildFailed(loaded.issues.length));
  const { buildModel, countAt } = lazy.count();
  const c = countAt(buildModel(loaded.record), metric as Metric, scope as Scope, d);
  console.log(`${metric} (${scope}) on ${date}: ${lazy.words().range(c.low, c.high)}${c.presumed ? ` (${c.presumed} presumed)` : ''}`);
  for (const m of c.members) console.log(`  ${m.status.padEnd(8)} ${m.id}  ${m.label}`);
}
