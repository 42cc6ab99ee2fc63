// Data tables in notebooks: at most 20 rows, the rest summarised, values escaped.
import { describe, expect, it } from 'vitest';
import { dataTable } from '../../src/notebook/show';
import { tally } from '../../src/notebook/rows';

describe('dataTable', () => {
  it('shows 20 rows and summarises the rest', () => {
    const rows = Array.from({ length: 53 }, (_, i) => ({ id: `m${i}`, n: i }));
    const html = dataTable(rows);
    expect(html.match(/<tr>/g)).toHaveLength(21); // header + 20
    expect(html).toContain('… and 33 more rows (53 in all)');
    expect(html).toContain('<th class="num">n</th>');
  });

  it('escapes values and joins lists', () => {
    const html = dataTable([{ name: '<b>x</b>', tags: ['a', 'b'] }], { caption: 'A & B' });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('<td>a; b</td>');
    expect(html).toContain('<caption>A &amp; B</caption>');
  });
});

describe('tally', () => {
  it('counts rows by columns, most frequent first', () => {
    const rows = [{ kind: 'embassy', status: 'open' }, { kind: 'embassy', status: 'open' }, { kind: 'consulate_general', status: 'open' }];
    expect(tally(rows, 'kind')).toEqual([{ kind: 'embassy', n: 2 }, { kind: 'consulate_general', n: 1 }]);
  });
});
