// South Korea's foreign ministry counts the DPRK's partners and missions by its own regions
// (data/raw/rok_regions.csv): its Middle East holds Egypt, its Africa does not; its Asia-Pacific
// holds Australia; its Europe holds Russia and Kazakhstan. Pinned on a hand-made record.
import { describe, expect, it } from 'vitest';
import { buildModel, countAt } from '../../src/analysis/count';
import { reconcileClaim } from '../../src/analysis/reconcile';
import { partialDate } from '../../src/dates';
import { loadRecord } from '../../src/load/record';
import { checkAssertion } from '../../src/analysis/assertions';
import { claim, ev, rawFilesFrom, recordFrom } from '../helpers/record';

const PARTNERS: [string, string, string][] = [
  ['EGY', 'Egypt', 'rok_middle_east'],
  ['IRN', 'Iran', 'rok_middle_east'],
  ['SDN', 'Sudan', 'rok_africa'],
  ['CHN', 'China', 'rok_asia_pacific'],
  ['AUS', 'Australia', 'rok_asia_pacific'],
  ['RUS', 'Russia', 'rok_europe'],
  ['KAZ', 'Kazakhstan', 'rok_europe'],
];
const RELATIONS = PARTNERS.map(([id, name]) => `${id},${name},state,yes,`);
const REGIONS = PARTNERS.map(([id, , region]) => `${id},${region},s1,high,`);
const TIES = PARTNERS.map(([id]) => `${id.toLowerCase()}-established-1,${id},established,1990-01-01,on,s1,high,`);
const MISSIONS = [
  'egy-cairo,EGY,Egypt,Cairo,embassy,high,',
  'irn-tehran,IRN,Iran,Tehran,embassy,high,',
  'chn-beijing,CHN,China,Beijing,embassy,high,',
  'hkg-hong-kong,HKG,Hong Kong,Hong Kong,consulate_general,high,',
  'rus-moscow,RUS,Russia,Moscow,embassy,high,',
];
const OPENINGS = MISSIONS.map((m) => m.split(',')[0]!).map((id) => ev(`${id}-opened-1`, id, 'opened', '1995-01-01'));

function record(claims: string[] = [], regions = REGIONS) {
  return recordFrom({ 'relations.csv': RELATIONS, 'rok_regions.csv': regions, 'relation_events.csv': TIES, 'missions.csv': MISSIONS, 'mission_events.csv': OPENINGS, 'claims.csv': claims });
}
const at = (metric: Parameters<typeof countAt>[1], scope: Parameters<typeof countAt>[2]) => {
  const c = countAt(buildModel(record()), metric, scope, partialDate('2000-12-31'));
  return { n: c.high, ids: c.members.map((m) => m.id) };
};

describe("counts in South Korea's regions", () => {
  it('counts partners by the region Seoul gives them, not by continent', () => {
    expect(at('relations_un_current', 'rok_middle_east')).toEqual({ n: 2, ids: ['EGY', 'IRN'] });
    expect(at('relations_un_current', 'asia')).toEqual({ n: 3, ids: ['CHN', 'IRN', 'KAZ'] });
    expect(at('relations_un_current', 'rok_asia_pacific')).toEqual({ n: 2, ids: ['AUS', 'CHN'] });
    expect(at('relations_un_current', 'africa')).toEqual({ n: 2, ids: ['EGY', 'SDN'] });
    expect(at('relations_un_current', 'rok_africa')).toEqual({ n: 1, ids: ['SDN'] });
    expect(at('relations_un_current', 'rok_europe')).toEqual({ n: 2, ids: ['KAZ', 'RUS'] });
    expect(at('relations_un_current', 'rok_americas')).toEqual({ n: 0, ids: [] });
  });

  it("places a mission in its host state's region, Hong Kong's in China's", () => {
    expect(at('missions_all', 'rok_asia_pacific')).toEqual({ n: 2, ids: ['chn-beijing', 'hkg-hong-kong'] });
    expect(at('missions_all', 'rok_middle_east')).toEqual({ n: 2, ids: ['egy-cairo', 'irn-tehran'] });
    expect(at('host_countries_any', 'rok_asia_pacific')).toEqual({ n: 1, ids: ['chn'] });
  });

  it("decides a figure scoped to Seoul's region, which the continent would contradict", () => {
    const r = record([
      claim('seoul-africa-1', '2000-12', 'relations_un_current', 1, { scope: 'rok_africa' }),
      claim('continent-africa-1', '2000-12', 'relations_un_current', 1, { scope: 'africa' }),
      claim('seoul-me-2', '2000-12', 'missions_all', 2, { scope: 'rok_middle_east' }),
    ]);
    const model = buildModel(r);
    const [seoul, continent, me] = r.claims.map((c) => reconcileClaim(model, r, c));
    expect(seoul!.verdict).toBe('consistent');
    expect(seoul!.explanation).toContain("UN member states with relations in force in Seoul's Africa region");
    expect(continent!.verdict).toBe('contradicted');
    expect(continent!.explanation).toContain('regions other than continents');
    expect(me!.verdict).toBe('consistent');
    expect([me!.count.low, me!.count.high]).toEqual([2, 2]);
  });

  it("names as candidates only the non-UN partners of the figure's region", () => {
    const relations = [...RELATIONS, 'PSE,Palestine,non_un_state,no,', 'ESH,Western Sahara (SADR),non_un_state,no,'];
    const regions = [...REGIONS, 'PSE,rok_middle_east,s1,high,', 'ESH,none,s1,low,Inferred: not placed.'];
    const ties = [...TIES, 'pse-established-1,PSE,established,1990-01-01,on,s1,high,', 'esh-established-1,ESH,established,1990-01-01,on,s1,high,'];
    const r = recordFrom({ 'relations.csv': relations, 'rok_regions.csv': regions, 'relation_events.csv': ties, 'claims.csv': [
      claim('seoul-me-3', '2000-12', 'relations_un_current', 3, { scope: 'rok_middle_east' }),
      claim('seoul-me-4', '2000-12', 'relations_un_current', 4, { scope: 'rok_middle_east' }),
      claim('world-11', '2000-12', 'relations_un_current', 11),
    ] });
    const model = buildModel(r);
    const [me3, me4, world] = r.claims.map((c) => reconcileClaim(model, r, c));
    // Egypt and Iran are the UN members of the region; with Palestine the region holds 3.
    expect([me3!.verdict, me3!.matchedMetric]).toEqual(['consistent_other_definition', 'relations_all_current']);
    expect([me4!.verdict, me4!.candidates]).toEqual(['contradicted', ['Palestine, not a UN member']]);
    expect([world!.verdict, world!.candidates]).toEqual(['contradicted', ['Palestine, not a UN member', 'Western Sahara (SADR), not a UN member']]);
  });

  it("rejects a record where a partner has no region, naming the partner's line", () => {
    const files = rawFilesFrom({
      'relations.csv': RELATIONS,
      'rok_regions.csv': REGIONS.filter((g) => !g.startsWith('SDN')),
      'claims.csv': [claim('seoul-africa-1', '2000-12', 'relations_un_current', 1, { scope: 'rok_africa' })],
    });
    const loaded = loadRecord((f) => new TextEncoder().encode(files.get(f) ?? ''), 'raw', { today: '2026-11-24' });
    const errors = loaded.issues.filter((i) => i.severity === 'error' && i.line > 0);
    expect(errors.map((i) => [i.file, i.line, i.column, i.value])).toEqual([['raw/relations.csv', 4, 1, 'SDN']]);
    expect(errors[0]!.expected).toContain('rok_regions.csv');
  });

  it('asks for the regions of a small record that has none only once a figure uses a region', () => {
    const load = (claims: string[]) => {
      const files = rawFilesFrom({ 'relations.csv': RELATIONS.slice(0, 2), 'claims.csv': claims });
      return loadRecord((f) => new TextEncoder().encode(files.get(f) ?? ''), 'raw', { today: '2026-11-24' }).issues.filter((i) => i.severity === 'error' && i.line > 0);
    };
    expect(load([claim('w', '2000-12', 'relations_un_current', 2)])).toEqual([]);
    expect(load([claim('r', '2000-12', 'relations_un_current', 1, { scope: 'rok_africa' })]).map((i) => i.value)).toEqual(['EGY', 'IRN']);
  });

  it('reports in one run a rejected region row, a partner with no row, and a mission whose host is in none', () => {
    const files = rawFilesFrom({
      'relations.csv': [...RELATIONS, 'KOR,South Korea,state,yes,'],
      'rok_regions.csv': [...REGIONS.filter((g) => !g.startsWith('SDN') && !g.startsWith('CHN')), 'CHN,asia,s1,high,', 'KOR,none,s1,low,Inferred: not counted.'],
      'missions.csv': [...MISSIONS, 'kor-seoul,KOR,South Korea,Seoul,trade_office,low,Hypothetical.'],
    });
    const loaded = loadRecord((f) => new TextEncoder().encode(files.get(f) ?? ''), 'raw', { today: '2026-11-24' });
    const errors = loaded.issues.filter((i) => i.severity === 'error' && i.line > 0);
    // The rejected CHN row is reported once, as a bad value; CHN is not reported again as missing.
    expect(errors.map((i) => [i.file, i.column, i.value])).toEqual([
      ['raw/missions.csv', 2, 'KOR'],
      ['raw/relations.csv', 1, 'SDN'],
      ['raw/rok_regions.csv', 2, 'asia'],
    ]);
  });

  it('names the region in the verdict of an assertion scoped to it', () => {
    const r = record([]);
    const a = { assertion_id: 'a1', source_id: 's1', as_of: partialDate('2000-12'), statement: 'x', metric: 'relations_un_current', scope: 'rok_africa', operator: 'eq', value: 1, notes: '' } as unknown as Parameters<typeof checkAssertion>[1];
    expect(checkAssertion(buildModel(r), a).explanation).toContain("UN member states with relations in force in Seoul's Africa region");
  });
});

