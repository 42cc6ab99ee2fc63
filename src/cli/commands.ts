// Actions of the CLI commands. Printing and exit codes live here; the work is in src/pipeline and
// src/analysis.
import * as path from 'node:path';
import { WriteError } from '../io';
import { hasErrors } from '../issues';
import { formatIssue, text } from '../messages';
import { check } from '../pipeline/check';
import { BuildError, DataError } from '../pipeline/errors';
import { NotebookError, PYTHON } from '../pipeline/notebook-runner';
import { projectPaths, ROOT } from '../pipeline/paths';
import { build } from '../pipeline/run';
import type { Log } from '../pipeline/stages';
import { ensureKernel } from '../jupyter/kernelspec';

/** A moved checkout's kernelspec names the old tslab binary: register it again before running notebooks. */
function kernelHere(): void {
  const moved = ensureKernel(ROOT, PYTHON);
  if (moved) console.error(text.kernel.registered(moved));
}

// The loaders and the analysis (zod, world-countries) are loaded only by the commands that use
// them, so that a no-op build starts fast.
const lazy = {
  query: () => require('../query/count') as typeof import('../query/count'),
  project: () => require('../query/record') as typeof import('../query/record'),
  countText: () => require('./count') as typeof import('./count'),
  tidy: () => require('./tidy') as typeof import('./tidy'),
};

const log: Log = { line: (t) => console.log(t) };

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** Parameters the notebooks accept (their parameters cell), and how each is checked. */
const PARAMS: Record<string, (v: string) => void> = {
  as_of: (v) => {
    if (lazy.query().parseDate(v).precision !== 'day') throw new (lazy.query().QueryError)(text.query.badDate(v));
  },
  scope: (v) => void lazy.query().parseScope(v),
};

function parseParams(list: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf('=');
    const key = eq > 0 ? item.slice(0, eq) : '';
    if (!PARAMS[key]) fail(text.params.unknown(item, Object.keys(PARAMS)), 2);
    const value = item.slice(eq + 1);
    try {
      PARAMS[key](value);
    } catch (e) {
      fail(`--param ${key}: ${(e as Error).message}`, 2);
    }
    out[key] = value;
  }
  return out;
}

export async function buildCommand(o: { force?: boolean; only?: string; param?: string[]; out?: string }): Promise<void> {
  const t0 = performance.now();
  const params = parseParams(o.param ?? []);
  const given = Object.keys(params).length > 0;
  // The committed reports are those of the record's own analysis date: parameters need --out.
  if (given && !o.out) fail(text.params.needOut, 2);
  // The notebooks read their parameters from the environment the build passes to the kernel.
  if (given) process.env.DPRK_PARAMS = JSON.stringify(params);
  else delete process.env.DPRK_PARAMS;
  const paths = o.out ? projectPaths(ROOT, path.resolve(o.out)) : projectPaths();
  kernelHere();
  try {
    // A parameterised build runs every stage: its cache may hold another date's notebooks.
    const results = await build(paths, { force: Boolean(o.force) || given, log, waitMs: 15 * 60_000, ...(o.only ? { only: o.only.split(',') } : {}) });
    const rebuilt = results.filter((r) => r.status === 'rebuilt').length;
    console.log(`build done in ${((performance.now() - t0) / 1000).toFixed(2)} s: ${rebuilt} stage${rebuilt === 1 ? '' : 's'} rebuilt, ${results.length - rebuilt} fresh.`);
    if (o.out) console.log(text.params.wrote(paths.reports, params));
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
  delete process.env.DPRK_PARAMS; // the committed outputs are those of the default parameters
  kernelHere();
  // The quick checks come first and do not stop the rebuild: every problem is listed at once.
  const quick = lazy.tidy().quickProblems(ROOT);
  let diffs: string[];
  try {
    diffs = await check(ROOT, log);
  } catch (e) {
    if (e instanceof BuildError) fail(e.message, e.exitCode);
    if (e instanceof WriteError) fail(e.message);
    throw e;
  }
  if (diffs.length && quick.length) fail(`${text.checkFailed(quick)}\n${text.checkDiffers(diffs)}`);
  if (diffs.length) fail(text.checkDiffers(diffs));
  if (quick.length) fail(text.checkFailed(quick));
  console.log(text.checkOk);
}

function load(rawDir: string) {
  return lazy.project().loadFolder(rawDir || projectPaths().raw);
}

export function validateCommand(o: { raw: string; json?: boolean }): void {
  const loaded = load(o.raw);
  const errors = loaded.issues.filter((i) => i.severity === 'error').length;
  const r = loaded.record;
  const rows = { sources: r.sources.length, claims: r.claims.length, missions: r.missions.length, mission_events: r.missionEvents.length, relations: r.relations.length, relation_events: r.relationEvents.length, rok_relation_events: r.rokRelationEvents.length, rok_regions: r.rokRegions.length, assertions: r.assertions.length };
  if (o.json) {
    console.log(JSON.stringify({ ok: !hasErrors(loaded.issues), errors, warnings: loaded.issues.length - errors, issues: loaded.issues, rows }, null, 2));
    if (hasErrors(loaded.issues)) process.exit(1);
    return;
  }
  loaded.issues.forEach((i) => console.error(formatIssue(i)));
  if (hasErrors(loaded.issues)) fail(text.buildFailed(errors));
  console.log(`ok: ${rows.sources} sources, ${rows.claims} claims, ${rows.missions} missions, ${rows.mission_events} mission events, ${rows.relations} partners, ${rows.relation_events} relation events, ${rows.rok_relation_events} South Korean relation events, ${rows.assertions} assertions.`);
}

export function countCommand(metric: string, date: string, o: { scope: string; json?: boolean }): void {
  const { countQuery, parseDate, parseMetric, parseScope, QueryError } = lazy.query();
  try {
    // Arguments are checked before the record is loaded, so a typo answers at once.
    parseMetric(metric);
    parseScope(o.scope);
    parseDate(date);
  } catch (e) {
    if (e instanceof QueryError) fail(e.message, 2);
    throw e;
  }
  const { projectRecord, RecordError } = lazy.project();
  let loaded;
  try {
    loaded = projectRecord();
  } catch (e) {
    if (e instanceof RecordError) fail(e.message);
    throw e;
  }
  const answer = countQuery(loaded.model, loaded.analysisDate, metric, date, o.scope);
  const out = lazy.countText();
  if (o.json) console.log(out.countJson(answer));
  else {
    answer.warnings.forEach((w) => console.error(`warning: ${w}`));
    console.log(out.formatCount(answer));
  }
}
