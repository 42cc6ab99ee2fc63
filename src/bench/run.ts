// Runs the whole benchmark in one go (the README's build and check commands, one edited row per raw
// table, save → page in `npm run dev`, reports, loaders) in a throwaway workspace under the system
// temp folder and returns the markdown table of figures, targets and verdicts. Writes only in that
// workspace, which it removes at the end.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchBuilds, type BuildFigures } from './builds';
import { benchWorkspace } from './commands';
import { benchDev, type DevFigures } from './dev';
import { benchEdits, type EditFigure } from './edits';
import { benchLoaders, type LoaderFigures } from './loaders';
import { machine } from './machine';
import { benchReports, type ReportFigures } from './reports';
import { kb, mb, median, rate, seconds } from './stats';

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
  /** 1-minute load average when the run started and when it ended (other work on the machine shows here). */
  readonly load: readonly [number, number];
}

type Row = [figure: string, value: string, target: string, met: string];
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

function buildRows(b: BuildFigures, n: number): Row[] {
  const cold = median(b.cold);
  const noop = median(b.noop);
  return [
    [`\`npm run build\`, cold: outputs and cache removed (median of ${b.cold.length})`, seconds(cold), '', ''],
    [`One \`jupyter nbconvert --execute\` of the ${n} notebooks (median of ${b.nbconvert.length})`, seconds(median(b.nbconvert)), '', ''],
    ['Cold `npm run build` ÷ one nbconvert (median of pairs, order alternating)', b.coldRatio.toFixed(2), '≤ 1.0 (aim ≤ 0.7)', yes(b.coldRatio <= 1.0)],
    [`\`npm run build\`, nothing changed (median of ${b.noop.length})`, `${seconds(noop)}${b.noopRebuilt.length ? `; re-ran ${b.noopRebuilt.join(', ')}` : ''}`, '≤ 0.3 s', yes(noop <= 0.3 && !b.noopRebuilt.length)],
    [`\`npm run check\` (median of ${b.check.length})`, `${seconds(median(b.check))}${b.checkExit ? `; exit ${b.checkExit} (the committed files differ from what the copy's data and code produce)` : ''}`, '', ''],
  ];
}

function editRows(edits: readonly EditFigure[]): Row[] {
  return edits.map((e): Row => [
    `\`npm run build\` after editing one row of data/raw/${e.table}`,
    `${seconds(e.seconds)}; re-ran ${e.rebuilt.join(', ') || 'none'}; fresh ${e.fresh.join(', ') || 'none'}`,
    '',
    '',
  ]);
}

function devRows(warm: DevFigures, cold: DevFigures | undefined): Row[] {
  const rows: Row[] = [
    [`\`npm run dev\`: save of one raw row → open page (Chromium) shows the new figure (median of ${warm.page.length}; max ${seconds(Math.max(...warm.page))})`, seconds(median(warm.page)), '≤ 2 s', yes(median(warm.page) <= 2)],
    ['`npm run dev`: of which the rebuild (dev server\'s own log, median)', seconds(median(warm.rebuild)), '', ''],
  ];
  if (cold) rows.push([`\`npm run dev -- --cold-kernels\` (a new kernel per notebook run): save → page (median of ${cold.page.length})`, seconds(median(cold.page)), '', '']);
  return rows;
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
  const loadAtStart = os.loadavg()[0] ?? 0;
  const root = benchWorkspace(o.projectRoot);
  try {
    o.log(`workspace ${root}`);
    const builds = await benchBuilds(root, o.quick ? { pairs: 2, noop: 5, check: 1 } : { pairs: 4, noop: 10, check: 3 }, o.log);
    const edits = await benchEdits(root, o.log);
    const dev = await benchDev(root, o.quick ? 4 : 10, false, o.log);
    const devCold = await benchDev(root, o.quick ? 2 : 4, true, o.log);
    const notebooks = fs.readdirSync(path.join(root, 'notebooks')).filter((f) => f.endsWith('.ipynb')).length;
    const reports = await benchReports(path.join(root, 'reports'), o.quick ? 2 : 5, o.log);
    const synth = path.join(root, 'synthetic');
    fs.mkdirSync(synth);
    const loaders = await benchLoaders(path.join(root, 'dist'), synth, o.quick ? [100_000] : [100_000, 1_000_000], o.quick ? 1 : 3, o.log);
    const rows = [...buildRows(builds, notebooks), ...editRows(edits), ...devRows(dev, devCold), ...reportRows(reports), ...loaders.flatMap(loaderRows)];
    return { table: markdownTable(rows), machine: machine(), quick: o.quick, totalSeconds: (performance.now() - t0) / 1000, load: [loadAtStart, os.loadavg()[0] ?? 0] };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
