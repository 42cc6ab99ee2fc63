// The checks `npm run check` makes before rebuilding, on a throwaway copy of the project: a
// notebook saved with outputs and a stale raw README are both named; `dprk strip` fixes the first.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { committedNotebooks, quickProblems } from '../../src/cli/tidy';
import { TABLES } from '../../src/schema/tables';
import { factsOf, readmeTables } from '../../src/tidy/raw-readme';
import { MAIN, tempProject } from '../helpers/project';

const project = tempProject('dprk-quick-');
// Start from a raw README that is current (the committed one may lag behind the data).
const readmeFile = path.join(project.raw, 'README.md');
const facts = TABLES.map((t) => factsOf(t.file, fs.readFileSync(path.join(project.raw, t.file))));
fs.writeFileSync(readmeFile, readmeTables(fs.readFileSync(readmeFile, 'utf8'), facts));
afterAll(() => project.remove());
const saved = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'notebooks', 'saved-by-jupyter.ipynb'), 'utf8');

describe('quick checks of npm run check', () => {
  it('find nothing in the project as committed', () => {
    expect(quickProblems(project.root)).toEqual([]);
  });

  it('take notebooks from notebooks/NN-*.ipynb only, never checkpoints', () => {
    fs.mkdirSync(path.join(project.notebooks, '.ipynb_checkpoints'), { recursive: true });
    fs.writeFileSync(path.join(project.notebooks, '.ipynb_checkpoints', '01-describe-sources-checkpoint.ipynb'), saved);
    expect(committedNotebooks(project.root).map((f) => path.basename(f))).toEqual(fs.readdirSync(path.join(MAIN, 'notebooks')).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort());
    expect(quickProblems(project.root)).toEqual([]);
  });

  it('name a notebook saved with outputs, and strip fixes it', () => {
    const nb = path.join(project.notebooks, '01-describe-sources.ipynb');
    fs.writeFileSync(nb, saved);
    const problems = quickProblems(project.root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^notebooks\/01-describe-sources\.ipynb carries outputs in cells 2, 4, 6, 8, 10 and execution counts in cells 2, 4, 6, 8, 10/);
    const r = spawnSync(process.execPath, [path.join(MAIN, 'dist', 'cli', 'index.js'), 'strip', nb], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(quickProblems(project.root)).toEqual([]);
  });

  it('name a raw file edited without updating data/raw/README.md', () => {
    fs.appendFileSync(path.join(project.raw, 'assertions.csv'), fs.readFileSync(path.join(project.raw, 'assertions.csv'), 'utf8').split('\n')[1]!.replace(/^[^,]+/, 'extra-row') + '\n');
    const problems = quickProblems(project.root);
    const rows = facts.find((f) => f.file === 'assertions.csv')!.rows;
    expect(problems.some((p) => p.includes(`assertions.csv has ${rows} rows; it has ${rows + 1}`))).toBe(true);
    expect(problems.some((p) => /assertions\.csv the sha256/.test(p))).toBe(true);
    expect(problems[problems.length - 1]).toMatch(/raw-readme/);
  });
});
