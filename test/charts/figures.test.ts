// The charts of the published figures: panels follow the vocabulary (a new metric gets a panel
// with no code change), every figure gets a row, ranges and tooltips carry what a reader needs.
import { describe, expect, it } from 'vitest';
import { reconciliationSpec, sourcesOverTimeSpec, wrap, type ReconPoint, type SourcePoint } from '../../src/charts/figures';
import { render } from '../../src/charts/render';
import { textWidth } from '../../src/charts/text-width';
import { METRICS } from '../../src/schema/vocab';

type Panel = { title: { text: string[] }; layer?: { data: { values: Record<string, unknown>[] }; encoding: Record<string, unknown> }[]; data?: { values: Record<string, unknown>[] }; encoding?: Record<string, unknown> };

const point = (o: Partial<ReconPoint>): ReconPoint => ({
  claimId: 'c', metric: 'embassies', panel: 'embassies open', row: '2017 NCNK', order: 0, value: 47, low: 46, high: 48, verdict: 'consistent with the record',
  figure: '47 embassies', wording: 'embassies', source: 'NCNK: Fact sheet', asOf: '2017', record: '46–48', explanation: 'Fits.', ...o,
});

describe('reconciliation chart', () => {
  const points = [
    point({ claimId: 'a', metric: 'relations_un_current', panel: 'UN', row: '2023 X', order: 2, value: 159, low: 158, high: 160 }),
    point({ claimId: 'b', row: '2023 Y', order: 1 }),
    point({ claimId: 'c', row: '2017 NCNK', order: 0 }),
    point({ claimId: 'd', metric: 'future_metric', panel: 'a metric added later', row: '2024 Z', order: 3, low: null, high: null }),
  ];
  const spec = reconciliationSpec(points, [...METRICS], 'T') as unknown as { vconcat: Panel[]; resolve: unknown };

  it('has one panel per metric present, in vocabulary order, and a panel for a metric it does not know', () => {
    expect(spec.vconcat.map((p) => p.title.text.join(' '))).toEqual(['embassies open', 'UN', 'a metric added later']);
    expect(spec.resolve).toEqual({ scale: { x: 'independent', y: 'independent' } });
  });
  it('gives each figure a row sorted by date, a dot at its value and a bar over the record range', () => {
    const [bars, dots] = spec.vconcat[0]!.layer!;
    expect((dots!.encoding.y as { sort: string[] }).sort).toEqual(['2017 NCNK', '2023 Y']);
    expect(dots!.data.values.map((v) => v.value)).toEqual([47, 47]);
    expect(bars!.data.values.map((v) => [v.lo, v.hi])).toEqual([[45.6, 48.4], [45.6, 48.4]]);
    expect(spec.vconcat[2]!.layer![0]!.data.values).toEqual([]); // not counted: no bar
    const tooltip = (dots!.encoding.tooltip as { field: string }[]).map((t) => t.field);
    expect(tooltip).toEqual(expect.arrayContaining(['wording', 'source', 'explanation', 'record', 'verdict']));
  });
  it('renders 130 figures to one static SVG with a row label for each', async () => {
    const many = Array.from({ length: 130 }, (_, i) => point({ claimId: `f${i}`, row: `2020 Source ${i}`, order: i, metric: METRICS[i % 4]!, panel: METRICS[i % 4]! }));
    const r = await render(reconciliationSpec(many, [...METRICS], 'T'));
    for (const i of [0, 64, 129]) expect(r.svg).toContain(`>2020 Source ${i}<`);
    expect(r.svg).not.toContain('…');
  });
});

describe('sources chart', () => {
  const p = (o: Partial<SourcePoint>): SourcePoint => ({
    metric: 'embassies', panel: 'embassies open', date: '2017-01-01', value: 47, kind: 'think-tank', figure: '47 embassies', wording: 'embassies', asOf: '2017',
    publisher: 'NCNK', title: 'DPRK diplomatic relations', url: 'https://example.org/ncnk', ...o,
  });
  it('colours by kind of source on a fixed domain, links each point to its source and shows its title', () => {
    const spec = sourcesOverTimeSpec([p({}), p({ metric: 'missions_all', panel: 'all', date: '2023-10-01', kind: 'news' })], [...METRICS], ['news', 'think-tank'], 'T') as unknown as { vconcat: Panel[] };
    expect(spec.vconcat.map((x) => x.title.text.join(' '))).toEqual(['embassies open', 'all']);
    const enc = spec.vconcat[0]!.encoding as { color: { scale: { domain: string[] } }; href: { field: string }; tooltip: { field: string }[]; x: { scale: { domain: string[] } } };
    expect(enc.color.scale.domain).toEqual(['news', 'think-tank']);
    expect(enc.href.field).toBe('url');
    expect(enc.tooltip.map((t) => t.field)).toEqual(expect.arrayContaining(['title', 'publisher', 'url']));
    expect(enc.x.scale.domain).toEqual(['2017-01-01', '2024-01-01']); // the same time axis in every panel
  });
});

describe('panel titles', () => {
  it('break long titles between words, so that the chart keeps to the text column', () => {
    expect(wrap('countries hosting any DPRK mission (embassy, consulate general or representative mission)', 56)).toEqual([
      'countries hosting any DPRK mission (embassy, consulate', 'general or representative mission)',
    ]);
    expect(wrap('embassies open', 56)).toEqual(['embassies open']);
  });
});

describe('text widths for static SVG', () => {
  it('measure Helvetica-like widths, not 0.8 em a character', () => {
    expect(textWidth('Daily NK', 10)).toBeCloseTo(41.2, 0);
    expect(textWidth('iiii', 10)).toBeLessThan(textWidth('MMMM', 10) / 3);
    expect(textWidth('공관', 10)).toBeCloseTo(21.2, 1); // Hangul: a full em each
  });
});
