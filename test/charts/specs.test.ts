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
    expect(points!.data!.values).toEqual([figures[0]]);
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
  it('relations: 159 and 164 drawn as marked rules', () => {
    const spec = relationsSpec([{ year: 2023, series: 'x', low: 158, high: 161 }], [], [159, 164], 'T') as unknown as { layer: Layer[] };
    expect(spec.layer[2]!.data!.values).toEqual([{ v: 159, text: '159' }, { v: 164, text: '164' }]);
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
