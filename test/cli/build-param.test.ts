// `npm run build -- --param as_of=D --out DIR` renders the reports for date D into DIR: rendered
// at two dates, the reports give each date's own counts (as the notebook API computes them), the
// later one holds more published figures, and the project's reports/ are left alone.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { range } from '../../src/analysis/words';
import { countQuery } from '../../src/query/count';
import { projectRecord } from '../../src/query/record';
import { MAIN, snapshot } from '../helpers/project';

const CLI = path.join(MAIN, 'dist', 'cli', 'index.js');
const DATES = ['2017-12-31', '2024-06-30'] as const;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-param-'));
const report = (date: string, file: string) => fs.readFileSync(path.join(tmp, date, 'reports', file), 'utf8');
let before: Record<string, string>;

beforeAll(() => {
  before = snapshot(MAIN, ['reports']);
  for (const date of DATES) {
    const r = spawnSync(process.execPath, [CLI, 'build', '--param', `as_of=${date}`, '--out', path.join(tmp, date)], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    if (r.status !== 0) throw new Error(`build at ${date} failed:\n${r.stdout}\n${r.stderr}`);
  }
}, 600_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('reports rendered for a date', () => {
  it('count the missions of that date, and the two dates differ', () => {
    const { model, analysisDate } = projectRecord();
    const shown = DATES.map((d) => /On (\S+) the record counts <b>([^<]+)<\/b> all missions/.exec(report(d, '01-describe-sources.html')));
    const counts = DATES.map((d) => countQuery(model, analysisDate, 'missions_all', d));
    for (const [i, d] of DATES.entries()) {
      expect(shown[i]?.[1]).toBe(d);
      expect(shown[i]?.[2]).toBe(range(counts[i]!.low, counts[i]!.high));
    }
    expect(shown[0]![2]).not.toBe(shown[1]![2]);
  });

  it('show only the figures about dates up to the parameter', () => {
    const figures = DATES.map((d) => Number(/Of the <b>(\d+)<\/b> published figures/.exec(report(d, '02-reconcile-figures.html'))?.[1]));
    expect(figures[0]).toBeGreaterThan(10);
    expect(figures[1]).toBeGreaterThan(figures[0]!);
  });

  it('leave the project reports as they were', () => {
    expect(snapshot(MAIN, ['reports'])).toEqual(before);
  });
});
