import { describe, expect, it } from 'vitest';
import { closuresSpec, mapSpec, openMissionsSpec, relationsSpec, MAP_CATEGORIES } from '../../src/charts/specs';
import { normaliseIds, render } from '../../src/charts/render';

type Layer = { data?: { values?: unknown[] }; mark?: unknown; encoding?: Record<string, { field?: string }>; layer?: Layer[] };

describe('chart specs', () => {
  const series = [{ date: '2020-01-01', series: 'embassies', low: 45, high: 47 }];
  const figures = [{ date: '2017-01-01', value: 47, label: '47 (NCNK)', figure: '47 embassies', verdict: 'consistent with the record', source: 'NCNK', wording: 'embassies', asOf: '2017' }];

  it('open missions: a band from low to high, a step line, and each figure as a labelled point', () => {
    const spec = openMissionsSpec(series, figures, 'T') as unknown as { layer: Layer[] };
    const [band, line, points] = spec.layer;
    expect(band!.encoding!.y!.field).toBe('low');
    expect(band!.encoding!.y2!.field).toBe('high');
    expect(line!.mark).toMatchObject({ type: 'line', interpolate: 'step-after' });
    expect(points!.data!.values).toEqual([{ ...figures[0], side: 'right', level: 'above' }]);
    expect(points!.layer![0]!.encoding!.tooltip).toBeDefined();
  });
  it('closures: one bar per mission spanning the reported dates, sorted by the earliest', () => {
    const spec = closuresSpec([
      { mission: 'Madrid', earliest: '2023-10-26', latest: '2023-10-26', event: 'closed', date: '2023-10-26', source: 'A' },
      { mission: 'Madrid', earliest: '2023-11-01', latest: '2023-11-01', event: 'closed', date: '2023-11-01', source: 'B' },
      { mission: 'Kampala', earliest: '2023-10-23', latest: '2023-10-23', event: 'closure_announced', date: '2023-10-23', source: 'C' },
    ], 'T') as unknown as { layer: Layer[] };
    expect(spec.layer[0]!.data!.values).toEqual([
      { mission: 'Madrid', earliest: '2023-10-26', latest: '2023-11-01' },
      { mission: 'Kampala', earliest: '2023-10-23', latest: '2023-10-23' },
    ]);
    expect((spec.layer[0]!.encoding!.y as { sort: string[] }).sort).toEqual(['Kampala', 'Madrid']);
  });
  it('relations: each definition a solid line (low) over a dashed one (high) and a faint band; 159 and 164 drawn as marked rules', () => {
    const spec = relationsSpec([{ year: 2023, series: 'x', low: 158, high: 161 }], [], [159, 164], 'T') as unknown as { layer: (Layer & { mark: { type: string; opacity?: number; strokeDash?: number[]; strokeWidth?: number } })[] };
    const [band, high, low, marks] = spec.layer;
    expect(band!.mark.opacity).toBeLessThanOrEqual(0.05);
    expect([high!.mark.type, high!.encoding!.y!.field, high!.mark.strokeDash]).toEqual(['line', 'high', [3, 3]]);
    expect([low!.mark.type, low!.encoding!.y!.field, low!.mark.strokeWidth]).toEqual(['line', 'low', 2]);
    expect(marks!.data!.values).toEqual([{ v: 159, text: '159' }, { v: 164, text: '164' }]);
  });
  it('open missions: labels of late figures go to the left of their point, so they stay inside the chart', () => {
    const late = { ...figures[0]!, date: '2023-05-01', label: '53 (Radio Free Asia (Asia Fact Check Lab))' };
    const early = { ...figures[0]!, date: '2001-01-01', label: '47 (NCNK)' };
    const spec = openMissionsSpec([{ date: '2000-01-01', series: 'e', low: 1, high: 2 }, { date: '2024-01-01', series: 'e', low: 1, high: 2 }], [early, late], 'T') as unknown as { layer: Layer[] };
    const values = spec.layer[2]!.data!.values as { label: string; side: string; level: string }[];
    expect(values.map((v) => [v.label, v.side, v.level])).toEqual([['47 (NCNK)', 'right', 'above'], ['53 (Radio Free Asia (Asia Fact Check Lab))', 'left', 'below']]);
    const texts = spec.layer[2]!.layer!.slice(1) as unknown as { mark: { align: string; dx: number } }[];
    expect(texts.map((t) => `${t.mark.align}${t.mark.dx}`)).toEqual(['left6', 'left6', 'right-6', 'right-6']);
  });
  it('map: host rows looked up by ISO numeric id, the rest in the last category', () => {
    const spec = mapSpec({ type: 'Topology' }, [{ numeric: '156', country: 'China', category: MAP_CATEGORIES[0], missions: 'Beijing' }], 'T') as unknown as {
      data: { format: { type: string } }; transform: [{ lookup: string }, { calculate: string }];
    };
    expect(spec.data.format.type).toBe('topojson');
    expect(spec.transform[0].lookup).toBe('id');
    expect(spec.transform[1].calculate).toContain(MAP_CATEGORIES[3]);
  });
});

describe('rendering', () => {
  it('renumbers vega ids so that renders are byte-stable', () => {
    expect(normaliseIds('<clipPath id="clip17"/><path clip-path="url(#clip17)"/><g id="clip9"/>')).toBe('<clipPath id="clip1"/><path clip-path="url(#clip1)"/><g id="clip2"/>');
  });
  it('renders an SVG with marks, identical on a second render in the same process', async () => {
    const spec = openMissionsSpec([{ date: '2020-01-01', series: 'e', low: 1, high: 2 }, { date: '2021-01-01', series: 'e', low: 2, high: 2 }], [], 'T');
    const a = await render(spec);
    const b = await render(spec);
    expect(a.svg).toMatch(/^<svg/);
    expect(a.svg).toContain('<path');
    expect(b.svg).toBe(a.svg);
    expect(a.vega).toHaveProperty('marks');
  });
});
