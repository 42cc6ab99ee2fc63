import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees } from '../../src/pipeline/check';

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tree-'));
  for (const [f, c] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), c);
  }
  return dir;
}

describe('npm run check compares trees byte for byte', () => {
  it('lists differing, missing and unexpected files', () => {
    const built = tree({ 'a.csv': 'x\n', 'b.csv': 'y\n', 'c.csv': 'z\n' });
    const committed = tree({ 'a.csv': 'x\n', 'b.csv': 'y \n', 'd.csv': 'w\n' });
    expect(compareTrees(built, committed, 'data/processed')).toEqual([
      'data/processed/b.csv (differs)',
      'data/processed/c.csv (missing)',
      'data/processed/d.csv (not produced by the build)',
    ]);
  });
  it('is silent when the trees are identical', () => {
    expect(compareTrees(tree({ 'a.csv': 'x\n' }), tree({ 'a.csv': 'x\n' }), 'reports')).toEqual([]);
  });
});
