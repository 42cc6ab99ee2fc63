// The sentences of report 01 that say how far back the record can be trusted: generated from
// coverage rows, never typed, and naming the years the range misses its target.
import { describe, expect, it } from 'vitest';
import type { CoverageRow } from '../../src/analysis/coverage';
import { supportSentences } from '../../src/notebook/coverage';

const row = (metric: CoverageRow['metric'], year: number, width: number, presumed = 0): CoverageRow =>
  ({ year, metric, low: 100, high: 100 + width, width, presumed, dated: 100, undated: 0 });

describe('the coverage sentences', () => {
  it('name the years a range is wider than its target, as runs, and the widest', () => {
    const rows = [
      ...[1998, 1999, 2000, 2001].map((y) => row('missions_all', y, y < 1999 ? 8 : 5, y < 1999 ? 50 : 5)),
      ...[1989, 1990, 1991, 1992, 1993, 1994, 1995].map((y) => row('relations_un_current', y, [1989, 1991, 1993, 1994].includes(y) ? 5 : 2)),
    ];
    const [missions, relations] = supportSentences(rows);
    expect(missions).toBe('For all missions (embassies, consulates general, representative missions), at most 10% of the count rests on presumption at every year end from 1999; the range is at most 6 wide at every year end from 1999.');
    expect(relations).toContain('the range is wider than 3 at the ends of 1991 and 1993–1994 (at most 5 wide) and at most 3 at every other year end from 1990.');
    // One year over the target, the year the target starts: said without "from 1990 but 1990".
    const [, once] = supportSentences([1990, 1991].map((y) => row('relations_un_current', y, y === 1990 ? 4 : 2)));
    expect(once).toContain('the range is wider than 3 at the end of 1990 (at most 4 wide) and at most 3 at every other year end from 1990.');
  });
});
