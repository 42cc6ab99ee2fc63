// What the dev loop tells open pages: the reports that changed, and failures as a status.
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/pipeline/errors';
import { NotebookError } from '../../src/pipeline/notebook-runner';
import { changedFiles, failure } from '../../src/dev/loop';

describe('changedFiles', () => {
  it('lists new and changed reports, not unchanged ones', () => {
    const before = new Map([['a.html', '1'], ['b.html', '2']]);
    const after = new Map([['a.html', '1'], ['b.html', '3'], ['c.html', '4']]);
    expect(changedFiles(before, after)).toEqual(['b.html', 'c.html']);
  });
});

describe('failure', () => {
  it('lists every data issue', () => {
    const s = failure(new DataError(['error: data/raw/claims.csv:4:7 column "value": found "4x"', 'build failed: 1 error']));
    expect(s.state).toBe('failed');
    expect(s.lines).toEqual(['error: data/raw/claims.csv:4:7 column "value": found "4x"', 'build failed: 1 error']);
  });
  it('names the notebook and cell, with its source and error', () => {
    const s = failure(new NotebookError({ notebook: 'notebooks/02-x.ipynb', cell: 3, source: 'boom()', error: 'ReferenceError: boom is not defined' }));
    expect(s.title).toContain('notebooks/02-x.ipynb, cell 3');
    expect(s.lines).toEqual(['boom()', '', 'ReferenceError: boom is not defined']);
  });
});
