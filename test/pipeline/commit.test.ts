// Whole or nothing across a build: staged outputs are swapped in through a journal, and a swap
// interrupted between two renames (as by SIGKILL) is noticed and completed by the next build.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commit, commitPending, openStaging, recover } from '../../src/pipeline/commit';
import { projectPaths, type Paths } from '../../src/pipeline/paths';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

function put(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}
const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : 'missing');

/** A project with an old set of outputs, and a staging view holding the new set. */
function project(): { p: Paths; s: Paths } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'commit-test-'));
  roots.push(root);
  const p = projectPaths(root);
  put(path.join(p.processed, 'a.csv'), 'old a\n');
  put(path.join(p.processed, 'gone.csv'), 'old gone\n');
  put(path.join(p.processed, 'same.csv'), 'same\n');
  put(path.join(p.reports, 'r.html'), 'old r\n');
  put(path.join(p.cache, 'executed', 'n.ipynb'), 'old n\n');
  put(path.join(p.cache, 'state.json'), 'old state\n');
  const s = openStaging(p);
  // A stage replaces files through a rename (never in place), and removes what it no longer makes.
  const replace = (f: string, c: string) => (put(`${f}.new`, c), fs.renameSync(`${f}.new`, f));
  replace(path.join(s.processed, 'a.csv'), 'new a\n');
  fs.rmSync(path.join(s.processed, 'gone.csv'));
  replace(path.join(s.reports, 'r.html'), 'new r\n');
  replace(path.join(s.cache, 'executed', 'n.ipynb'), 'new n\n');
  return { p, s };
}

const outputs = (p: Paths) => ({
  a: read(path.join(p.processed, 'a.csv')),
  gone: read(path.join(p.processed, 'gone.csv')),
  same: read(path.join(p.processed, 'same.csv')),
  r: read(path.join(p.reports, 'r.html')),
  n: read(path.join(p.cache, 'executed', 'n.ipynb')),
  state: read(path.join(p.cache, 'state.json')),
});
const OLD = { a: 'old a\n', gone: 'old gone\n', same: 'same\n', r: 'old r\n', n: 'old n\n', state: 'old state\n' };
const NEW = { a: 'new a\n', gone: 'missing', same: 'same\n', r: 'new r\n', n: 'new n\n', state: 'new state\n' };

describe('the commit of a build', () => {
  it('leaves the old set untouched while stages write, then swaps in the whole new set', () => {
    const { p } = project();
    expect(outputs(p)).toEqual(OLD);
    commit(p, 'new state\n');
    expect(outputs(p)).toEqual(NEW);
    expect(fs.existsSync(path.join(p.cache, 'next'))).toBe(false);
    expect(commitPending(p)).toBe(false);
  });

  it('when a build fails, the staging is dropped and the old set stays', () => {
    const { p } = project();
    expect(recover(p)).toBe(false); // what the next build does first: no journal, so the staging is junk
    expect(outputs(p)).toEqual(OLD);
    expect(fs.existsSync(path.join(p.cache, 'next'))).toBe(false);
  });

  it.each([0, 1, 2, 3])('interrupted after %i renames, is noticed and completed by the next build', (n) => {
    const { p } = project();
    commit(p, 'new state\n', n);
    expect(commitPending(p)).toBe(true); // npm run check refuses to compare in this state
    if (n > 0) expect(outputs(p)).not.toEqual(OLD);
    expect(outputs(p)).not.toEqual(NEW);
    expect(recover(p)).toBe(true);
    expect(outputs(p)).toEqual(NEW);
    expect(commitPending(p)).toBe(false);
  });
});
