// Which changed files trigger a rebuild, and as which kind of input.
import { describe, expect, it } from 'vitest';
import { projectPaths } from '../../src/pipeline/paths';
import { classify } from '../../src/dev/watch';

const p = projectPaths('/proj');

describe('classify', () => {
  it.each([
    ['/proj/data/raw/claims.csv', 'raw'],
    ['/proj/notebooks/02-reconcile-figures.ipynb', 'notebook'],
    ['/proj/src/analysis/count.ts', 'src'],
    ['/proj/tsconfig.build.json', 'src'],
    ['/proj/notebooks/.ipynb_checkpoints/02-reconcile-figures-checkpoint.ipynb', undefined],
    ['/proj/notebooks/Untitled.ipynb', undefined],
    ['/proj/data/raw/.claims.csv.swp', undefined],
    ['/proj/data/raw/README.md', undefined],
    ['/proj/data/processed/claims.csv', undefined],
    ['/proj/reports/index.html', undefined],
  ])('%s is %s', (file, kind) => {
    expect(classify(p, file)).toBe(kind);
  });
});
