// `npm run diff` on a temporary git repository holding two commits of a hand-made record: the
// second closes an embassy, which flips two verdicts and moves ranges and yearly counts.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffFindings, isEmpty, type FindingsDiff } from '../../src/diff/findings';
import { diffMarkdown } from '../../src/diff/markdown';
import { atRevision, codeChanged, resolveRev, workingTree } from '../../src/diff/sources';
import { claim, ev, rawFilesFrom } from '../helpers/record';
import { MAIN } from '../helpers/project';

const MISSIONS = ['aaa-a,CHN,China,Beijing,embassy,high,', 'bbb-b,CUB,Cuba,Havana,embassy,high,', 'ccc-c,AGO,Angola,Luanda,embassy,high,'];
const EVENTS = [ev('a1', 'aaa-a', 'opened', '1990'), ev('b1', 'bbb-b', 'opened', '1990'), ev('c1', 'ccc-c', 'opened', '2000')];
const CLAIMS = [claim('k1', '2010', 'embassies', 3, { wording: 'embassies' }), claim('k2', '2008', 'embassies', 2, { wording: 'embassies' })];

// Every table needs a row for the record to load.
const OTHERS = {
  'relations.csv': ['CHN,China,state,yes,'],
  'relation_events.csv': ['r1,CHN,established,1949-10-06,on,s1,high,'],
  'rok_relation_events.csv': ['k1,CHN,established,1992-08-24,on,s1,high,'],
  'rok_regions.csv': ['CHN,rok_asia_pacific,s1,high,'],
  'assertions.csv': ['x1,s1,2009,All missions shut,missions_all,world,eq,0,'],
  'claim_members.csv': ['k1,aaa-a,,'],
};
const FIRST = rawFilesFrom({ ...OTHERS, 'missions.csv': MISSIONS, 'mission_events.csv': EVENTS, 'claims.csv': CLAIMS });
// The second commit: Luanda closed in mid-2005, one figure added, the source's title corrected.
const SECOND = rawFilesFrom({
  ...OTHERS,
  'sources.csv': ['s1,Pub,Corrected title,https://example.org/1,2020,news,en,'],
  'missions.csv': MISSIONS,
  'mission_events.csv': [...EVENTS, ev('c2', 'ccc-c', 'closed', '2005-06-15')],
  'claims.csv': [...CLAIMS, claim('k3', '2012', 'embassies', 2, { wording: 'embassies' })],
});

let root: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
function write(files: Map<string, string>) {
  for (const [f, text] of files) fs.writeFileSync(path.join(root, 'data', 'raw', f), text);
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-diff-test-'));
  fs.mkdirSync(path.join(root, 'data', 'raw'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.org');
  git('config', 'user.name', 'test');
  write(FIRST);
  git('add', '.');
  git('commit', '-qm', 'first');
  write(SECOND);
  git('commit', '-qam', 'second');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm run diff on two commits of a hand-made record', () => {
  let d: FindingsDiff;
  beforeAll(() => {
    const commit = resolveRev(root, 'HEAD~1');
    expect(codeChanged(root, commit)).toBe(false); // same (absent) code: the current code is run on both
    d = diffFindings(atRevision(root, commit), workingTree(root));
  });

  it('lists the exact verdicts that flipped', () => {
    expect(d.flipped.map((f) => [f.figure.claim_id, f.from, f.to])).toEqual([
      ['k1', 'consistent', 'contradicted'],
      ['k2', 'contradicted', 'consistent'],
    ]);
  });
  it('lists the exact record ranges and residuals that moved', () => {
    expect(d.moved.map((m) => [m.figure.claim_id, m.from, m.to])).toEqual([
      ['k1', { low: '3', high: '3', residual: '0' }, { low: '2', high: '2', residual: '1' }],
      ['k2', { low: '3', high: '3', residual: '-1' }, { low: '2', high: '2', residual: '0' }],
    ]);
  });
  it('lists figures added and removed', () => {
    expect(d.added.map((f) => [f.claim_id, f.verdict])).toEqual([['k3', 'consistent']]);
    expect(d.removed).toEqual([]);
  });
  it('merges the yearly counts that moved into runs of years', () => {
    const embassy = d.openMissions.filter((m) => m.series === 'embassy');
    // Year ends run to the year before the analysis date: 2009 in the first commit, 2011 (k3 is of 2012) in the second.
    expect(embassy).toEqual([
      { series: 'embassy', firstYear: '2005', lastYear: '2009', from: { low: '3', high: '3' }, to: { low: '2', high: '2' } },
      { series: 'embassy', firstYear: '2010', lastYear: '2011', from: null, to: { low: '2', high: '2' } },
    ]);
    // China's relations do not change; the later analysis date only adds years 2011–2012.
    expect(d.relations.every((m) => m.from === null && m.firstYear === '2011' && m.lastYear === '2012' && m.to?.low === '1')).toBe(true);
    expect(d.relations.length).toBe(4);
  });
  it('lists raw rows added and edited, per table, with their ids and columns', () => {
    expect(d.raw).toEqual([
      { table: 'sources.csv', added: [], removed: [], edited: [{ id: 's1', columns: ['title'] }] },
      { table: 'mission_events.csv', added: ['c2'], removed: [], edited: [] },
      { table: 'claims.csv', added: ['k3'], removed: [], edited: [] },
    ]);
  });
  it('writes Markdown with a one-line summary first and flipped verdicts as the first section', () => {
    const md = diffMarkdown(d, 'HEAD~1');
    const lines = md.split('\n');
    expect(lines[0]).toBe('**Findings against HEAD~1:** 2 verdicts changed; 1 figure added, 0 removed; 2 record ranges or residuals moved; ' +
      `${d.openMissions.length + d.relations.length} runs of yearly counts moved; 3 raw rows changed.`);
    expect(lines[2]).toBe('### Verdicts that changed');
    expect(md).toContain('| `k1`: 3 embassies (Pub, as of 2010) | consistent | **contradicted** |');
    expect(md).toContain('| `k1`: 3 embassies (Pub, as of 2010) | 3 → 2 | 0 → 1 |');
    expect(md.indexOf('### Verdicts')).toBeLessThan(md.indexOf('### Figures added'));
    expect(md.indexOf('### Record ranges')).toBeLessThan(md.indexOf('### Raw rows'));
  });
});

describe('the diff command', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(MAIN, 'dist', 'cli', 'index.js'), 'diff', ...args, '--root', root], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

  it('says "no change in findings" and exits 0 when nothing changed', () => {
    const r = cli('HEAD');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^No change in findings against HEAD \([0-9a-f]{12}\)\.\n$/);
    expect(isEmpty(diffFindings(atRevision(root, resolveRev(root, 'HEAD')), workingTree(root)))).toBe(true);
  });
  it('gives the same as JSON with --json', () => {
    const r = cli('HEAD~1', '--json');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as FindingsDiff & { changed: boolean; against: string };
    expect(j.changed).toBe(true);
    expect(j.against).toBe('HEAD~1');
    expect(j.flipped.map((f) => `${f.figure.claim_id}: ${f.from} -> ${f.to}`)).toEqual(['k1: consistent -> contradicted', 'k2: contradicted -> consistent']);
  });
  it('sees uncommitted edits of the working tree', () => {
    write(FIRST);
    try {
      const j = JSON.parse(cli('HEAD', '--json').stdout) as FindingsDiff;
      expect(j.flipped.map((f) => [f.figure.claim_id, f.from, f.to])).toEqual([['k1', 'contradicted', 'consistent'], ['k2', 'consistent', 'contradicted']]);
      expect(j.removed.map((f) => f.claim_id)).toEqual(['k3']);
    } finally {
      write(SECOND);
    }
  });
  it('exits 1 with a clear message for an unknown revision', () => {
    const r = cli('no-such-branch');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not a commit: "no-such-branch"');
  });
});

describe('the Markdown stays short', () => {
  const fig = (i: number) => ({ claim_id: `c${i}`, value: '1', wording: 'w', as_of: '2020', verdict: 'consistent', publisher: 'P' });
  const big: FindingsDiff = {
    flipped: Array.from({ length: 30 }, (_, i) => ({ figure: fig(i), from: 'consistent', to: 'contradicted' })),
    added: [], removed: [], moved: [], assertions: [], openMissions: [], relations: [],
    raw: [{ table: 'claims.csv', added: Array.from({ length: 12 }, (_, i) => `n${i}`), removed: [], edited: [{ id: 'a', columns: ['notes', 'value'] }, { id: 'b', columns: ['notes'] }] }],
  };
  const md = diffMarkdown(big, 'main');
  it('shows at most 25 rows a section and counts the rest', () => {
    expect(md.split('\n').filter((l) => l.includes('**contradicted**'))).toHaveLength(25);
    expect(md).toContain('… and 5 more (`npm run diff -- --json` lists every one).');
  });
  it('lists a few raw ids per cell, and edits by column', () => {
    expect(md).toContain('| claims.csv | 12: `n0`, `n1`, `n2`, `n3`, `n4`, `n5`, `n6`, `n7`, and 4 more |  | notes (2), value (1): `a`, `b` |');
  });
});
