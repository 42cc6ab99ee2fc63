// The coverage chart of report 01: for each year, how much of the record's count of missions and
// of relations rests on dated evidence, on presumption, and on nothing certain. A pure function
// from coverage rows to a vega-lite spec; rendering lives in render.ts.
import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };

export interface CoveragePoint {
  readonly year: number;
  readonly panel: string; // e.g. "All missions", "UN members with relations"
  readonly part: string; // one of COVERAGE_PARTS
  readonly count: number;
}

export const COVERAGE_PARTS = ['counted on dated evidence', 'counted by presumption', 'uncertain (range)'] as const;

const FONT = 'Helvetica, Arial, "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';

/** Stacked areas per panel: dated + presumed = the low end of the range; + uncertain = the high end. */
export function coverageSpec(points: readonly CoveragePoint[], supportYear: number | undefined, title: string): TopLevelSpec {
  const rule = supportYear === undefined ? [] : [{
    data: { values: [{ date: `${supportYear}-12-31`, text: `from ${supportYear}: ≤ 10% presumed` }] },
    layer: [
      { mark: { type: 'rule', strokeDash: [4, 4], color: '#57606a' }, encoding: { x: { field: 'date', type: 'temporal' } } },
      { mark: { type: 'text', align: 'right', baseline: 'top', dx: -4, dy: 4, y: 0, color: '#57606a', fontSize: 11 }, encoding: { x: { field: 'date', type: 'temporal' }, text: { field: 'text' } } },
    ],
  }];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start' },
    config: { font: FONT, view: { stroke: null }, legend: { orient: 'bottom', direction: 'horizontal', labelLimit: 0, titleLimit: 0 }, axis: { labelLimit: 0, titleLimit: 0 } },
    data: { values: points.map((p) => ({ ...p, date: `${p.year}-12-31` })) },
    facet: { row: { field: 'panel', type: 'nominal', title: null, header: { labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelFontWeight: 'bold', labelLimit: 0 } } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 600,
      height: 160,
      layer: [
        {
          mark: { type: 'area', interpolate: 'step-after' },
          encoding: {
            x: { field: 'date', type: 'temporal', title: 'Year end' },
            y: { field: 'count', type: 'quantitative', stack: 'zero', title: 'Members counted' },
            color: { field: 'part', type: 'nominal', title: null, scale: { domain: [...COVERAGE_PARTS], range: ['#1a7f37', '#d4a72c', '#d0d7de'] }, sort: [...COVERAGE_PARTS] },
            order: { field: 'order', type: 'quantitative' },
            tooltip: [
              { field: 'panel', title: 'Count' },
              { field: 'year', title: 'Year' },
              { field: 'part', title: 'Part' },
              { field: 'count', title: 'Members' },
            ],
          },
          transform: [{ calculate: `indexof(${JSON.stringify([...COVERAGE_PARTS])}, datum.part)`, as: 'order' }],
        },
        ...rule,
      ],
    },
  } as TopLevelSpec;
}
