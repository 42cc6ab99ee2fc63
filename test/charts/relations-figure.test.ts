// The chart of relations in force (report 03), on the committed processed tables: it plots only
// the figures of the definitions it draws lines for, and says where the others are.
import { describe, expect, it } from 'vitest';
import * as data from '../../src/notebook/data';
import { relationsChartInput, relationsFigure } from '../../src/notebook/charts';

describe('the relations chart', () => {
  const world = data.reconciliation().filter((r) => r.scope === 'world' && r.as_of >= '1990');
  const drawn = new Set(data.relationsByYear().map((r) => r.metric));
  const input = relationsChartInput();
  it('plots the figures of the four definitions it draws, and no others', () => {
    expect(drawn.size).toBe(4);
    expect(input.figures.length).toBe(world.filter((r) => drawn.has(r.literal_metric)).length);
    expect(Math.min(...input.figures.map((f) => f.value))).toBeGreaterThan(100); // nothing squashes the lines
  });
  it('says in its caption how many figures of other definitions are left to report 02', async () => {
    const others = world.filter((r) => r.literal_metric.startsWith('relations_') && !drawn.has(r.literal_metric)).length;
    expect(others).toBeGreaterThan(0);
    expect(input.others).toBe(others);
    expect(await relationsFigure()).toContain(`The ${others} figures that count ties with both Koreas, or with the DPRK only, are in report 02, not here.`);
  });
});
