import { describe, expect, it } from 'vitest';
import { oversized, REPORT_CAP_MB } from '../../src/pipeline/report-size';
import type { Notebook } from '../../src/report/page';

const book: Notebook = {
  cells: [
    { cell_type: 'markdown', source: '# Title' },
    { cell_type: 'code', source: 'small()', outputs: [{ output_type: 'display_data', data: { 'text/html': 'x'.repeat(1000) } }] },
    { cell_type: 'code', source: 'huge()', outputs: [{ output_type: 'display_data', data: { 'text/html': 'y'.repeat(2_000_000) } }] },
  ],
};

describe('the report size cap', () => {
  it('is 10 MB', () => expect(REPORT_CAP_MB).toBe(10));
  it('passes a report within the cap', () => {
    expect(oversized('reports/02-x.html', 'z'.repeat(1_000_000), 'notebooks/02-x.ipynb', book, 1)).toBeUndefined();
  });
  it('fails a report over the cap, naming the report, its size and the cell that makes it', () => {
    expect(oversized('reports/02-x.html', 'z'.repeat(2_500_000), 'notebooks/02-x.ipynb', book, 1)).toBe(
      'build failed: reports/02-x.html would be 2.5 MB, over the 1 MB cap for a report; cell 3 of notebooks/02-x.ipynb makes 2.0 MB of it. Show less in that cell. The previous outputs were kept.',
    );
  });
});
