// Nothing is lost when a build fails or is killed: bad raw data, a failing notebook cell, a dying
// kernel, SIGKILL at several points of the pipeline, and two builds at once. Every build runs in a
// temporary project root (test/helpers/project.ts); the real project is never written.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist, filesUnder, isTemporary, killStrays, setCsvField, snapshot, spawnBuild, tempProject, type TempProject } from '../helpers/project';

const { DataError } = dist.stages;
const { NotebookError } = dist.runner;

let A: TempProject; // the project that fails and gets killed
let B: TempProject; // the same project with the changed raw file, built cleanly once
let oldHashes: Record<string, string>;
let newHashes: Record<string, string>;

// The change between the "old" and the "new" build: a claim wording (shown in reports 01 and 02,
// written to processed claims.csv and reconciliation.csv; every report's footer hashes raw files).
const CHANGE = (root: string) => setCsvField(path.join(root, 'data', 'raw', 'claims.csv'), 'ncnk-2017-embassies-47', 'wording', 'embassies in 47 countries (changed by the kill test)');

beforeAll(async () => {
  A = tempProject('dprk-lost-a-');
  B = tempProject('dprk-lost-b-');
  CHANGE(B.root);
  await Promise.all([A.build({ force: true }), B.build({ force: true })]);
  oldHashes = snapshot(A.root);
  newHashes = snapshot(B.root);
  // The change must reach outputs, or the old/new comparison proves nothing.
  const differing = Object.keys(oldHashes).filter((f) => oldHashes[f] !== newHashes[f]);
  expect(differing).toEqual(expect.arrayContaining(['data/processed/claims.csv', 'reports/01-describe-sources.html', 'reports/02-reconcile-figures.html']));
}, 300_000);

afterAll(() => {
  A?.remove();
  B?.remove();
});

describe('a build that fails', () => {
  it('on bad raw data lists every issue with file:line:column and writes nothing', async () => {
    const raw = A.raw;
    const saved = new Map(['mission_events.csv', 'claims.csv'].map((f) => [f, fs.readFileSync(path.join(raw, f))]));
    try {
      setCsvField(path.join(raw, 'mission_events.csv'), 'ago-luanda-closed-1', 'date', '2023-02-30');
      setCsvField(path.join(raw, 'claims.csv'), 'ncnk-2017-embassies-47', 'metric', 'embassies_on_mars');
      const err = await A.build({ force: true }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DataError);
      const msg = (err as Error).message;
      // mission_events.csv line 2, field 4 is "date"; claims.csv line 2, field 4 is "metric".
      expect(msg).toMatch(/^error: data\/raw\/mission_events\.csv:2:4 column "date": found "2023-02-30", expected a real calendar date/m);
      expect(msg).toMatch(/^error: data\/raw\/claims\.csv:2:4 column "metric": found "embassies_on_mars", expected one of: /m);
      expect(msg).toContain(dist.messages.text.buildFailed((err as InstanceType<typeof DataError>).messages.filter((m) => m.startsWith('error:')).length));
      for (const m of (err as InstanceType<typeof DataError>).messages.filter((l) => /^(error|warning):/.test(l))) {
        expect(m).toMatch(/^(error|warning): data\/raw\/[a-z_]+\.csv(:\d+(:\d+)?)?( column "[a-z_0-9]+")?: found /);
      }
      expect(snapshot(A.root)).toEqual(oldHashes);
      expect(filesUnder(path.join(A.root, 'data', 'processed')).filter(isTemporary)).toEqual([]);
    } finally {
      for (const [f, b] of saved) fs.writeFileSync(path.join(raw, f), b);
    }
  }, 60_000);

  /** Inserts a code cell as cell 3 of a notebook, builds, restores the notebook; returns the error. */
  async function failWithCell(notebook: string, source: string[]): Promise<unknown> {
    const nb = path.join(A.notebooks, notebook);
    const saved = fs.readFileSync(nb);
    try {
      const book = JSON.parse(saved.toString('utf8')) as { cells: unknown[] };
      // After the first code cell (cell 2), so the new cell is cell 3 of the notebook.
      book.cells.splice(2, 0, { cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source });
      fs.writeFileSync(nb, JSON.stringify(book, null, 1));
      return await A.build().then(
        () => undefined,
        (e: unknown) => e,
      );
    } finally {
      fs.writeFileSync(nb, saved);
    }
  }

  it('on a cell that throws names the notebook, the cell, its source and the real error, and keeps the reports', async () => {
    const err = await failWithCell('01-describe-sources.ipynb', ["const answer = 42;\n", "throw new Error('boom-' + answer);"]);
    expect(err).toBeInstanceOf(NotebookError);
    const f = (err as InstanceType<typeof NotebookError>).failure;
    expect(f.notebook).toBe('notebooks/01-describe-sources.ipynb');
    expect(f.cell).toBe(3);
    expect(f.source).toBe("const answer = 42;\nthrow new Error('boom-' + answer);");
    expect(f.error).toContain('boom-42');
    expect((err as Error).message).toBe('notebooks/01-describe-sources.ipynb: cell 3 failed');
    expect(snapshot(A.root)).toEqual(oldHashes);
    expect(filesUnder(path.join(A.root, '.cache')).filter(isTemporary)).toEqual([]);
  }, 120_000);

  it('on a kernel that dies names the notebook and the cell, and keeps the reports', async () => {
    const err = await failWithCell('02-reconcile-figures.ipynb', ['process.exit(1);']);
    expect(err).toBeInstanceOf(NotebookError);
    const f = (err as InstanceType<typeof NotebookError>).failure;
    expect(f.notebook).toBe('notebooks/02-reconcile-figures.ipynb');
    expect(f.cell).toBe(3);
    expect(f.source).toBe('process.exit(1);');
    expect(f.error).toMatch(/dead|died|DeadKernel/i);
    expect(snapshot(A.root)).toEqual(oldHashes);
  }, 120_000);

  it('leaves the project buildable (everything fresh) after the failures', async () => {
    const { results } = await A.build();
    expect(results.every((r) => r.status === 'fresh')).toBe(true);
    expect(snapshot(A.root)).toEqual(oldHashes);
  }, 60_000);
});

/** Every output file is its old or its new complete content; temporaries are not counted as outputs. */
function expectOldOrNew(root: string, when: string): void {
  const now = snapshot(root);
  const outputs = Object.keys(now).filter((f) => !isTemporary(f));
  expect(outputs.sort(), `set of outputs ${when}`).toEqual(Object.keys(oldHashes).sort());
  for (const f of outputs) {
    expect([oldHashes[f], newHashes[f]], `${f} ${when}`).toContain(now[f]);
  }
}

describe('a build killed with SIGKILL', () => {
  // Kill points, as lines of the build's log: the first stage, the notebooks, one notebook done,
  // the reports stage; plus a kill 300 ms after the start (before any stage line, usually).
  const points: { label: string; at: RegExp | number }[] = [
    { label: 'after 300 ms', at: 300 },
    { label: 'while processing raw data', at: /^ {2}processed\s+running/ },
    { label: 'while notebooks run', at: /: cell 2\/\d+$/ },
    { label: 'after the first notebook is done', at: /^ {2}notebook:\S+\s+rebuilt/ },
    { label: 'when the reports stage starts', at: /^ {2}reports\s+running/ },
  ];

  it('leaves every output old or new at each kill point, and the next build completes', async () => {
    CHANGE(A.root);
    const lock = path.join(A.root, '.cache', 'build.lock');
    for (const point of points) {
      const b = spawnBuild(A.root, { force: true });
      if (typeof point.at === 'number') await new Promise((r) => setTimeout(r, point.at as number));
      else await b.waitFor(point.at);
      b.kill();
      const end = await b.done;
      expect(end.signal, `${point.label}: ${b.stdout()}`).toBe('SIGKILL');
      killStrays(A.root);
      expectOldOrNew(A.root, point.label);
    }
    // The last kill's lock is left as it is: its holder is dead, so the next build takes it at
    // once, without waiting, and completes (not forced: what a user would run next).
    const next = spawnBuild(A.root);
    const end = await next.done;
    expect(end.code, next.stdout() + next.stderr()).toBe(0);
    expect(next.stdout()).not.toContain(dist.messages.text.lockHeld(lock));
    expect(next.stdout()).toMatch(/BUILD-DONE/);
    expect(snapshot(A.root)).toEqual(newHashes);
    expect(filesUnder(A.root + '/data').concat(filesUnder(A.root + '/reports'), filesUnder(A.root + '/.cache')).filter(isTemporary)).toEqual([]);
  }, 240_000);
});

describe('two builds started at once', () => {
  it('the second reports the lock and waits; outputs are never interleaved', async () => {
    const lock = path.join(A.root, '.cache', 'build.lock');
    const started = Date.now();
    const b1 = spawnBuild(A.root, { force: true });
    const b2 = spawnBuild(A.root, { force: true });
    // Sample the outputs while both run: each file is always one complete version.
    let sampling = true;
    const samples: Promise<void> = (async () => {
      while (sampling) {
        expectOldOrNew(A.root, 'while two builds run');
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const firstRunning = (b: typeof b1) => b.waitFor(/^ {2}processed\s+running/, 180_000).then(() => Date.now() - started);
    // A build's last stage is reported before it commits and releases the lock; its process exits
    // later (kernels shut down), so the exit is no measure of when the lock was free.
    const lastStage = (b: typeof b1) => b.waitFor(/^ {2}reports\s+rebuilt/, 180_000).then(() => Date.now() - started);
    const times = Promise.all([firstRunning(b1), firstRunning(b2)]);
    const ends = Promise.all([lastStage(b1), lastStage(b2)]);
    const [e1, e2] = await Promise.all([b1.done.then((e) => ({ ...e, t: Date.now() - started })), b2.done.then((e) => ({ ...e, t: Date.now() - started }))]);
    sampling = false;
    await samples;
    expect(e1.code, b1.stdout() + b1.stderr()).toBe(0);
    expect(e2.code, b2.stdout() + b2.stderr()).toBe(0);
    const held = dist.messages.text.lockHeld(lock);
    const waited = [b1, b2].filter((b) => b.stdout().includes(held));
    expect(waited).toHaveLength(1);
    const [r1, r2] = await times;
    const [l1, l2] = await ends;
    // The waiting build started its first stage only after the other had run its last one.
    if (waited[0] === b2) expect(r2).toBeGreaterThanOrEqual(l1);
    else expect(r1).toBeGreaterThanOrEqual(l2);
    expect(Math.max(e1.t, e2.t)).toBeGreaterThan(Math.min(l1, l2));
    expect(snapshot(A.root)).toEqual(newHashes);
  }, 240_000);
});
