// The build engine on a real temporary project (kernels included): outputs are checked, not
// trusted; hashes do not depend on the checkout's place; a notebook re-runs only when a file it
// read changed; a failing notebook after a successful processed stage publishes nothing; a removed
// .cache/ ends the build with one line; wrong invocations say what to do; `check` takes the lock.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist, filesUnder, isTemporary, killStrays, setCsvField, snapshot, tempProject, type TempProject } from '../helpers/project';

const { text } = dist.messages;
let A: TempProject;
let before: Record<string, string>;
const extra: string[] = [];

beforeAll(async () => {
  A = tempProject('dprk-engine-');
  await A.build({ force: true });
  before = snapshot(A.root);
}, 300_000);
afterAll(() => {
  A?.remove();
  extra.forEach((d) => (killStrays(d), fs.rmSync(d, { recursive: true, force: true })));
});

const statuses = (results: { id: string; status: string }[]) => Object.fromEntries(results.map((r) => [r.id, r.status]));

describe('outputs are checked, not trusted', () => {
  it('a hand edit of data/processed/reconciliation.csv is repaired by a plain build', async () => {
    const file = path.join(A.root, 'data', 'processed', 'reconciliation.csv');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('consistent', 'contradicted'));
    expect(snapshot(A.root)).not.toEqual(before);
    const { results } = await A.build();
    expect(statuses(results)).toEqual({
      processed: 'rebuilt',
      'notebook:01-describe-sources': 'fresh',
      'notebook:02-reconcile-figures': 'fresh',
      'notebook:03-chart-trends': 'fresh',
      reports: 'fresh',
    });
    expect(snapshot(A.root)).toEqual(before);
  }, 120_000);

  it('a deleted or added report is repaired too', async () => {
    fs.rmSync(path.join(A.root, 'reports', 'index.html'));
    fs.writeFileSync(path.join(A.root, 'reports', '04-junk.html'), 'junk');
    const { results } = await A.build();
    expect(statuses(results).reports).toBe('rebuilt');
    expect(snapshot(A.root)).toEqual(before);
  }, 120_000);
});

describe('the build state', () => {
  it('does not depend on where the checkout lives: a moved copy is fresh', async () => {
    const moved = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-moved-'));
    extra.push(moved);
    fs.cpSync(A.root, moved, { recursive: true, verbatimSymlinks: true });
    fs.rmSync(path.join(moved, '.cache', 'build.lock'), { force: true });
    const lines: string[] = [];
    const results = await dist.run.build(dist.paths.projectPaths(moved), { force: false, waitMs: 0, log: { line: (t) => lines.push(t) } });
    expect(results.map((r) => r.status)).toEqual(['fresh', 'fresh', 'fresh', 'fresh', 'fresh']);
    expect(fs.readFileSync(path.join(moved, '.cache', 'state.json'), 'utf8')).not.toContain(A.root);
  }, 60_000);

  it('records the processed files each notebook read, and re-runs only the notebooks that read a changed file', async () => {
    const state = JSON.parse(fs.readFileSync(path.join(A.root, '.cache', 'state.json'), 'utf8')) as Record<string, { reads?: string[] }>;
    expect(state['notebook:02-reconcile-figures']?.reads).toContain('reconciliation.csv');
    expect(state['notebook:02-reconcile-figures']?.reads).not.toContain('mission_events.csv');
    expect(state['notebook:01-describe-sources']?.reads).toContain('mission_events.csv');
    // A note of a mission event reaches processed mission_events.csv only.
    const raw = path.join(A.raw, 'mission_events.csv');
    const saved = fs.readFileSync(raw);
    try {
      setCsvField(raw, 'bgd-dhaka-closed-1', 'notes', 'Named on the register (note changed by the engine test).');
      const { results } = await A.build();
      expect(statuses(results)['notebook:02-reconcile-figures']).toBe('fresh');
      expect(statuses(results)['notebook:01-describe-sources']).toBe('rebuilt');
    } finally {
      fs.writeFileSync(raw, saved);
    }
    await A.build();
    expect(snapshot(A.root)).toEqual(before);
  }, 180_000);
});

describe('whole or nothing across a build', () => {
  it('a notebook failing after the processed stage succeeded leaves the old data and the old reports', async () => {
    const raw = path.join(A.raw, 'claims.csv');
    const nb = path.join(A.notebooks, '02-reconcile-figures.ipynb');
    const saved = [fs.readFileSync(raw), fs.readFileSync(nb)] as const;
    try {
      setCsvField(raw, 'ncnk-2017-embassies-47', 'wording', 'embassies in 47 countries (changed by the engine test)');
      const book = JSON.parse(saved[1].toString('utf8')) as { cells: unknown[] };
      book.cells.splice(2, 0, { cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: ["throw new Error('late failure');"] });
      fs.writeFileSync(nb, JSON.stringify(book, null, 1));
      const lines: string[] = [];
      const err = await dist.run.build(A.paths(), { force: false, waitMs: 0, log: { line: (t) => lines.push(t) } }).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(dist.runner.NotebookError);
      expect(lines).toContain(`  ${'processed'.padEnd(36)} running`);
      expect(lines.some((l) => /^ {2}processed\s+rebuilt/.test(l))).toBe(true);
      expect(snapshot(A.root)).toEqual(before); // data/processed/ too, though its stage succeeded
      expect(fs.existsSync(path.join(A.root, '.cache', 'next'))).toBe(false);
      expect([...filesUnder(path.join(A.root, 'data')), ...filesUnder(path.join(A.root, '.cache'))].filter(isTemporary)).toEqual([]);
    } finally {
      fs.writeFileSync(raw, saved[0]);
      fs.writeFileSync(nb, saved[1]);
    }
    const { results } = await A.build();
    expect(results.every((r) => r.status === 'fresh')).toBe(true);
  }, 180_000);

  it('a .cache/ removed during a build ends it with one line, and nothing is committed', async () => {
    const cli = path.join(A.root, 'dist', 'cli', 'index.js');
    const child = spawn(process.execPath, [cli, 'build', '--force'], { cwd: A.root, env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    while (!/: cell 1\/\d+/.test(out)) await new Promise((r) => setTimeout(r, 100));
    fs.rmSync(path.join(A.root, '.cache'), { recursive: true, force: true });
    expect(await exit).toBe(1);
    expect(err).toBe(`${text.lockLost(path.join(A.root, '.cache', 'build.lock'))}\n`);
    killStrays(A.root);
    expect(snapshot(A.root)).toEqual(before);
    await A.build();
    expect(snapshot(A.root)).toEqual(before);
  }, 180_000);
});

describe('wrong invocations', () => {
  const run = (only: string[]) => dist.run.build(A.paths(), { force: false, waitMs: 0, only, log: { line: () => undefined } }).then(() => undefined, (e: unknown) => e as Error);
  const ids = ['processed', 'notebook:01-describe-sources', 'notebook:02-reconcile-figures', 'notebook:03-chart-trends', 'reports'];

  it('--only with an unknown stage lists the stages', async () => {
    expect((await run(['processed', 'report']))?.message).toBe(text.unknownStage(['report'], ids));
    expect(text.unknownStage(['report'], ids)).toBe('unknown stage "report"; the stages are: processed, notebook:01-describe-sources, notebook:02-reconcile-figures, notebook:03-chart-trends, reports');
  });

  it('--only reports without the executed notebooks says what to run first', async () => {
    const executed = path.join(A.root, '.cache', 'executed');
    fs.renameSync(executed, `${executed}-aside`);
    try {
      expect((await run(['reports']))?.message).toBe(text.runFirst('reports', ids.slice(1, 4)));
    } finally {
      fs.renameSync(`${executed}-aside`, executed);
    }
  });
});

describe('npm run check', () => {
  it('takes the build lock: it waits for a running build instead of comparing a half-updated tree', async () => {
    const lock = path.join(A.root, '.cache', 'build.lock');
    // A live holder: this test process's parent (the vitest main process).
    fs.writeFileSync(lock, JSON.stringify({ pid: process.ppid, start: '', host: os.hostname() }));
    try {
      const lines: string[] = [];
      const err = await dist.check.check(A.root, { line: (t) => lines.push(t) }, 600).then(() => undefined, (e: unknown) => e as Error);
      expect(lines).toEqual([text.lockHeld(lock)]);
      expect(err?.message).toBe(text.lockBusy(lock, process.ppid));
    } finally {
      fs.rmSync(lock, { force: true });
    }
  });
});

describe('notebook progress', () => {
  it('a long cell prints that it is still running (every DPRK_PROGRESS_SECONDS, 30 s by default)', async () => {
    const nb = path.join(A.notebooks, '09-slow-cell.ipynb');
    fs.writeFileSync(nb, JSON.stringify({
      nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
      cells: [{ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: ['await new Promise((r) => setTimeout(r, 3500));'] }],
    }));
    process.env.DPRK_PROGRESS_SECONDS = '1';
    const lines: string[] = [];
    try {
      const out = path.join(A.root, 'slow.ipynb');
      await dist.runner.runNotebook(A.paths(), nb, out, (l) => lines.push(l));
      fs.rmSync(out, { force: true });
    } finally {
      delete process.env.DPRK_PROGRESS_SECONDS;
      fs.rmSync(nb);
    }
    expect(lines[0]).toBe('cell 1/1');
    expect(lines).toContain(text.cellStillRunning(1, 1, 1));
    expect(lines).toContain(text.cellStillRunning(1, 1, 2));
  }, 120_000);

  it('a kernel that cannot start fails in one line, without a Python traceback', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-nokernel-'));
    extra.push(root);
    const spec = path.join(root, '.jupyter', 'share', 'jupyter', 'kernels', 'tslab');
    fs.mkdirSync(spec, { recursive: true });
    fs.writeFileSync(path.join(spec, 'kernel.json'), JSON.stringify({ argv: ['/bin/false'], display_name: 'TypeScript', language: 'typescript' }));
    fs.cpSync(path.join(A.root, 'scripts'), path.join(root, 'scripts'), { recursive: true });
    const p = { ...A.paths(), root, notebooks: A.notebooks };
    const err = await dist.runner.runNotebook(p, path.join(A.notebooks, '01-describe-sources.ipynb'), path.join(root, 'out.ipynb'), () => undefined).then(() => undefined, (e: unknown) => e as Error);
    expect(err?.message).toMatch(/^build failed: the tslab kernel for .*01-describe-sources\.ipynb did not start or died \(\w+: [^\n]+\)\. The previous outputs were kept/);
    expect(err?.message).not.toContain('\n');
    expect(err?.message).not.toContain('Traceback');
  }, 200_000);
});
