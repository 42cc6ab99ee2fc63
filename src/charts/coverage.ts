// The coverage chart of report 01: for each year, how much of the record's count of missions and
// of relations rests on dated evidence, on presumption, and on nothing certain. A pure function
// from coverage rows to a vega-lite spec; rendering lives in render.ts.
import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { WIDTH, config } from './theme';

export interface CoveragePoint {
  readonly year: number;
  readonly panel: string; // e.g. "All missions", "UN members with relations"
  readonly part: string; // one of COVERAGE_PARTS
  readonly count: number;
}

export const COVERAGE_PARTS = ['counted on dated evidence', 'counted by presumption', 'uncertain (range)'] as const;


/**
 * Stacked areas per panel, one panel above the other: dated + presumed = the low end of the range;
 * + uncertain = the high end. `supportYears` draws a dashed rule in a panel where support begins.
 */
export function coverageSpec(points: readonly CoveragePoint[], supportYears: Readonly<Record<string, number | undefined>>, title: string): TopLevelSpec {
  const panels = [...new Set(points.map((p) => p.panel))];
  const panel = (name: string) => {
    const year = supportYears[name];
    const rule = year === undefined ? [] : [{
      data: { values: [{ date: `${year}-12-31`, text: `from ${year}: at most 10% presumed` }] },
      layer: [
        { mark: { type: 'rule', strokeDash: [4, 4], color: '#57606a' }, encoding: { x: { field: 'date', type: 'temporal' } } },
        { mark: { type: 'text', align: 'right', baseline: 'top', dx: -4, y: 4, color: '#57606a', fontSize: 11 }, encoding: { x: { field: 'date', type: 'temporal' }, text: { field: 'text' } } },
      ],
    }];
    return {
      title: { text: name, anchor: 'start', fontSize: 12 },
      width: WIDTH,
      height: 150,
      layer: [
        {
          data: { values: points.filter((p) => p.panel === name).map((p) => ({ ...p, date: `${p.year}-12-31`, order: COVERAGE_PARTS.indexOf(p.part as never) })) },
          mark: { type: 'area', interpolate: 'step-after' },
          encoding: {
            x: { field: 'date', type: 'temporal', title: 'Year end' },
            y: { field: 'count', type: 'quantitative', stack: 'zero', title: 'Members counted' },
            color: { field: 'part', type: 'nominal', title: null, scale: { domain: [...COVERAGE_PARTS], range: ['#1a7f37', '#d4a72c', '#d0d7de'] } },
            order: { field: 'order', type: 'quantitative' },
            tooltip: [
              { field: 'panel', title: 'Count' },
              { field: 'year', title: 'Year' },
              { field: 'part', title: 'Part' },
              { field: 'count', title: 'Members' },
            ],
          },
        },
        ...rule,
      ],
    };
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start' },
    config: { ...config, legend: { ...config.legend, direction: 'horizontal', columns: 3 } },
    vconcat: panels.map(panel),
    resolve: { scale: { color: 'shared' } },
  } as TopLevelSpec;
}
