// The notebooks the build runs, and names for hashing that do not depend on the checkout's place.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { logicalName, notebookFiles, projectPaths, stagingPaths } from '../../src/pipeline/paths';

describe('notebookFiles', () => {
  it('takes notebooks/NN-*.ipynb only, never checkpoints, hidden or nested folders', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-list-'));
    const nb = path.join(root, 'notebooks');
    for (const f of ['01-a.ipynb', '02-b-c.ipynb', '.ipynb_checkpoints/01-a-checkpoint.ipynb', '01-a-checkpoint.ipynb', '.hidden/03-x.ipynb', 'sub/04-y.ipynb', 'notes.ipynb', '5-z.ipynb']) {
      fs.mkdirSync(path.dirname(path.join(nb, f)), { recursive: true });
      fs.writeFileSync(path.join(nb, f), '{}');
    }
    expect(notebookFiles(projectPaths(root)).map((f) => path.relative(root, f))).toEqual(['notebooks/01-a.ipynb', 'notebooks/02-b-c.ipynb']);
    fs.rmSync(root, { recursive: true });
  });
});

describe('logicalName', () => {
  it('is the same for two checkouts, and for the real outputs and their staging view', () => {
    const a = projectPaths('/one/place');
    const b = projectPaths('/another/place');
    expect(logicalName(a, '/one/place/data/raw/claims.csv')).toBe('data/raw/claims.csv');
    expect(logicalName(b, '/another/place/data/raw/claims.csv')).toBe('data/raw/claims.csv');
    const s = stagingPaths(a);
    expect(logicalName(s, path.join(s.processed, 'claims.csv'))).toBe('data/processed/claims.csv');
    expect(logicalName(a, path.join(a.processed, 'claims.csv'))).toBe('data/processed/claims.csv');
    expect(logicalName(s, path.join(s.cache, 'executed', '01-a.ipynb'))).toBe('.cache/executed/01-a.ipynb');
    expect(logicalName(a, path.join(a.cache, 'executed', '01-a.ipynb'))).toBe('.cache/executed/01-a.ipynb');
    expect(logicalName(s, path.join(s.reports, 'index.html'))).toBe('reports/index.html');
  });

  it('names a file as path.relative does, however the path is written', () => {
    const a = projectPaths('/one/place');
    for (const f of ['/one/place/data/raw/../raw/claims.csv', '/one/place/./notebooks/01-a.ipynb', '/one/place//dist/x.js', '/one/placeholder/x.csv', '/elsewhere/x.csv', '/one/place']) {
      expect(logicalName(a, f)).toBe(path.relative('/one/place', f));
    }
  });
});
