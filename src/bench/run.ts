// Runs the whole benchmark in one go (builds, reports, loaders) in a throwaway workspace under
// the system temp folder and returns the markdown table of figures, targets and verdicts.
// Writes only in that workspace, which it removes at the end.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { benchBuilds, type BuildFigures } from './builds';
import { benchLoaders, type LoaderFigures } from './loaders';
import { machine } from './machine';
import { benchReports, type ReportFigures } from './reports';
import { kb, mb, median, rate, seconds } from './stats';
import { makeWorkspace } from '../build/workspace';

export interface BenchOptions {
  readonly projectRoot: string;
  readonly quick: boolean;
  readonly log: (s: string) => void;
}

export interface BenchResult {
  readonly table: string;
  readonly machine: string;
  readonly quick: boolean;
  readonly totalSeconds: number;
}

type Row = [figure: string, value: string, target: string, met: string];
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

function buildRows(b: BuildFigures, n: number): Row[] {
  const cold = median(b.cold);
  const inProc = median(b.noopInProcess);
  const spawned = median(b.noopSpawned);
  return [
    [`Cold build, all stages, empty cache (median of ${b.cold.length})`, seconds(cold), '', ''],
    [`Bare \`jupyter nbconvert --execute\` of the ${n} notebooks one after another (median of ${b.nbconvert.length})`, seconds(median(b.nbconvert)), '', ''],
    ['Cold build ÷ bare nbconvert (median of side-by-side pairs)', b.coldRatio.toFixed(2), '≤ 1.0', yes(b.coldRatio <= 1.0)],
    [`No-op build, in-process \`build()\` (median of ${b.noopInProcess.length})`, seconds(inProc), '≤ 0.3 s', yes(inProc <= 0.3)],
    ['No-op build, in-process ÷ cold build', `${((inProc / cold) * 100).toFixed(1)} %`, '≤ 5 %', yes(inProc / cold <= 0.05)],
    [`No-op build, spawned \`node dist/cli/index.js build\` (median of ${b.noopSpawned.length})`, seconds(spawned), '≤ 0.3 s', yes(spawned <= 0.3)],
    ['No-op build, spawned ÷ cold build', `${((spawned / cold) * 100).toFixed(1)} %`, '≤ 5 %', yes(spawned / cold <= 0.05)],
    [
      `One raw file changed (${b.changed.file}, one row appended): stages re-run`,
      `${seconds(b.changed.seconds)}; re-ran ${b.changed.rebuilt.join(', ') || 'none'}; fresh ${b.changed.fresh.join(', ') || 'none'}`,
      'only its dependents',
      // Every stage reads raw data directly (processed, reports) or through data/processed (notebooks).
      yes(b.changed.rebuilt.includes('processed')),
    ],
  ];
}

function loaderRows(l: LoaderFigures): Row[] {
  const label = `${l.rows.toLocaleString('en-US')} rows, ${l.variant === 'valid' ? 'all valid' : `${l.generated.bad.toLocaleString('en-US')} bad (2 %)`}, ${mb(l.bytes)}`;
  const big = l.rows >= 1_000_000;
  const rows: Row[] = [
    [`Loader ${label}: bare csv-parse stream (floor)`, rate(l.modes.parse.rowsPerSecond), '', ''],
    [`Loader ${label}: streaming validate (TableValidator)`, rate(l.modes.validate.rowsPerSecond), '', ''],
    [`Loader ${label}: validate ÷ bare parse throughput`, l.ratio.toFixed(2), '≥ 0.5', yes(l.ratio >= 0.5)],
    [`Loader ${label}: peak memory, validate (max of runs)`, `${mb(l.modes.validate.maxPeakRss)} (bare parse ${mb(l.modes.parse.maxPeakRss)}; without the key map ${mb(l.modes['validate-nokeys'].maxPeakRss)})`, big ? '< 400 MB' : '', big ? yes(l.modes.validate.maxPeakRss < 400 * 2 ** 20) : ''],
  ];
  if (l.variant === 'bad') {
    rows.push([`Loader ${label}: issues reported`, `${l.modes.validate.issues.toLocaleString('en-US')} (generated ${l.generated.bad.toLocaleString('en-US')}: ${Object.entries(l.generated.badByKind).map(([k, v]) => `${v} ${k}`).join(', ')})`, '= bad rows', yes(l.modes.validate.issues === l.generated.bad)]);
  }
  return rows;
}

function reportRows(r: ReportFigures): Row[] {
  return [
    ...Object.entries(r.bytes).map(([f, b]): Row => [`Report size: reports/${f}`, kb(b), '', '']),
    [`Chromium load + render of ${r.heaviest} until all ${r.charts} \`figure.chart\` are live (median of ${r.renders.length})`, seconds(median(r.renders)), '', ''],
  ];
}

export function markdownTable(rows: readonly Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return ['| figure | value | target | met? |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const t0 = performance.now();
  const root = makeWorkspace(o.projectRoot, 'dprk-bench-');
  try {
    o.log(`workspace ${root}`);
    const builds = await benchBuilds(root, o.quick ? { cold: 1, noop: 3 } : { cold: 3, noop: 7 }, o.log);
    const notebooks = fs.readdirSync(path.join(root, 'notebooks')).filter((f) => f.endsWith('.ipynb')).length;
    const reports = await benchReports(path.join(root, 'reports'), o.quick ? 2 : 5, o.log);
    const synth = path.join(root, 'synthetic');
    fs.mkdirSync(synth);
    const loaders = await benchLoaders(path.join(root, 'dist'), synth, o.quick ? [100_000] : [100_000, 1_000_000], o.quick ? 1 : 3, o.log);
    const rows = [...buildRows(builds, notebooks), ...reportRows(reports), ...loaders.flatMap(loaderRows)];
    return { table: markdownTable(rows), machine: machine(), quick: o.quick, totalSeconds: (performance.now() - t0) / 1000 };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
