// Each verdict rule pinned on a small hand-made record.
import { describe, expect, it } from 'vitest';
import { checkAssertion } from '../../src/analysis/assertions';
import { buildModel, countAt } from '../../src/analysis/count';
import { reconcileClaim } from '../../src/analysis/reconcile';
import { partialDate } from '../../src/dates';
import { claim, ev, recordFrom } from '../helpers/record';

const MISSIONS = [
  'aaa-a,CHN,China,Beijing,embassy,high,',
  'bbb-b,CUB,Cuba,Havana,embassy,high,',
  'ccc-c,AGO,Angola,Luanda,embassy,high,',
  'ddd-d,CHN,China,Shenyang,consulate_general,high,',
  'eee-e,CHN,China,Dandong,consular_office,high,',
];
const EVENTS = [
  ev('a1', 'aaa-a', 'opened', '1990'),
  ev('b1', 'bbb-b', 'opened', '1990'),
  ev('c1', 'ccc-c', 'opened', '2020-06'),
  ev('c2', 'ccc-c', 'closed', '2023-10-25'),
  ev('c3', 'ccc-c', 'closed', '2023-10-27'),
  ev('d1', 'ddd-d', 'opened', '1990'),
  ev('e1', 'eee-e', 'opened', '2009-01'),
];

function verdictOf(claimRow: string, members: string[] = []) {
  const r = recordFrom({ 'missions.csv': MISSIONS, 'mission_events.csv': EVENTS, 'claims.csv': [claimRow], 'claim_members.csv': members });
  return reconcileClaim(buildModel(r), r, r.claims[0]!);
}

describe('counting on a date of any precision', () => {
  const r = recordFrom({ 'missions.csv': MISSIONS, 'mission_events.csv': EVENTS });
  const model = buildModel(r);
  it('a year question gives the range over the year', () => {
    const c = countAt(model, 'embassies', 'world', partialDate('2020'));
    expect([c.low, c.high]).toEqual([2, 3]);
    expect(c.members.find((m) => m.id === 'ccc-c')?.status).toBe('varies');
  });
  it('conflicting closing dates widen the count on the days in between', () => {
    expect(countAt(model, 'embassies', 'world', partialDate('2023-10-26'))).toMatchObject({ low: 2, high: 3 });
    expect(countAt(model, 'embassies', 'world', partialDate('2023-10-28'))).toMatchObject({ low: 2, high: 2 });
  });
  it('all missions count embassies, consulates general and permanent missions, not consular offices', () => {
    const c = countAt(model, 'missions_all', 'world', partialDate('2021-01-01'));
    expect(c.members.map((m) => m.id)).toEqual(['aaa-a', 'bbb-b', 'ccc-c', 'ddd-d']);
  });
});

describe('verdicts', () => {
  it('consistent when the figure fits its own definition at its date', () => {
    const v = verdictOf(claim('k', '2021', 'embassies', 3));
    expect(v).toMatchObject({ verdict: 'consistent', residual: 0 });
    expect(v.explanation).toContain('The record counts 3 embassies open in 2021');
  });
  it('consistent under a different definition when the source mislabels what it counts', () => {
    const v = verdictOf(claim('k', '2021', 'missions_all', 4, { stated: 'consulates', wording: 'consulates abroad' }));
    expect(v).toMatchObject({ verdict: 'consistent_other_definition', matchedMetric: 'missions_all', residual: 3 });
    expect(v.explanation).toContain('"consulates abroad"');
  });
  it('consistent at a nearby date when the figure lags the record', () => {
    const v = verdictOf(claim('k', '2024-03', 'embassies', 3));
    expect(v).toMatchObject({ verdict: 'consistent_nearby_date', matchedMetric: 'embassies', residual: 1 });
    expect(v.matchedDay < '2024-03-01').toBe(true);
    expect(v.explanation).toContain('lags the record');
  });
  it('a match at a nearby date that rests on members of uncertain state names them', () => {
    // Luanda closed on 25 or 27 October 2023: from the 25th it may be open, so 3 matches only with it.
    const v = verdictOf(claim('k', '2023-11', 'embassies', 3));
    expect(v).toMatchObject({ verdict: 'consistent_nearby_date', matchedDay: '2023-10-25' });
    expect(v.explanation).toContain('It matches only if the one member of uncertain state then, Luanda (Angola), is counted.');
    // 2 in July 2020 matches June 2020, when Luanda may have opened, without counting it.
    const low = verdictOf(claim('k', '2020-07', 'embassies', 2));
    expect(low).toMatchObject({ verdict: 'consistent_nearby_date' });
    expect(low.explanation).not.toContain('uncertain state');
  });
  it('contradicted, with the record entries that could explain the residual', () => {
    const v = verdictOf(claim('k', '2015', 'embassies', 4));
    expect(v).toMatchObject({ verdict: 'contradicted', residual: 2 });
    expect(v.candidates).toEqual(['Dandong (China), a consular office the definition leaves out', 'Shenyang (China), a consulate general the definition leaves out']);
    expect(v.explanation).toContain('2 more than the record');
  });
  it('cannot be checked when the record does not model the quantity', () => {
    expect(verdictOf(claim('k', '2021', 'other', 7)).verdict).toBe('cannot_check');
  });
  it('cannot be checked when the figure fits only if presumed members were not yet open', () => {
    const r = recordFrom({
      'missions.csv': MISSIONS.slice(0, 2),
      'mission_events.csv': [ev('a1', 'aaa-a', 'attested_open', '2020'), ev('b1', 'bbb-b', 'opened', '1990')],
      'claims.csv': [claim('k', '2000', 'embassies', 1)],
    });
    const v = reconcileClaim(buildModel(r), r, r.claims[0]!);
    expect(v.count).toMatchObject({ low: 2, high: 2, presumed: 1 });
    expect(v.verdict).toBe('cannot_check');
  });
  it('compares named members with the record, both ways', () => {
    const v = verdictOf(claim('k', '2021-01-01', 'missions_all', 4), ['k,aaa-a,,', 'k,bbb-b,,', 'k,ccc-c,,', 'k,eee-e,,']);
    expect(v.members).toEqual({ named: 4, missing: ['eee-e'], extra: ['ddd-d'] });
    expect(v.explanation).toContain('The record also counts ddd-d, which the source omits.');
  });
});

describe('qualitative claims', () => {
  it('"all missions shut" is false while missions are open', () => {
    const r = recordFrom({
      'missions.csv': MISSIONS,
      'mission_events.csv': EVENTS,
      'assertions.csv': ['x,s1,2023-11-12,All shut,missions_all,world,eq,0,'],
    });
    const a = checkAssertion(buildModel(r), r.assertions[0]!);
    expect(a.verdict).toBe('false');
    expect(a.explanation).toMatch(/^False: the record counts 3 all missions/);
  });
});

describe('a contradicted figure that fitted a few years earlier', () => {
  it('says when it last fitted: probably an older figure repeated', () => {
    // Four missions from 2020-06 until Luanda closed in 2023-10; 4 claimed for 2026 fits only before.
    const r = verdictOf(claim('old', '2026-06', 'missions_all', 4));
    expect(r.verdict).toBe('contradicted');
    expect(r.explanation).toContain('It fitted the record at the end of 2022 (4), so it may be an older figure repeated.');
  });
  it('says nothing of a fit more than ten years earlier, which is a coincidence', () => {
    // Without Luanda, four missions only until Santiago closed in 2010: 16 years before the claim.
    const far = recordFrom({
      'missions.csv': [...MISSIONS.filter((m) => !m.startsWith('ccc-c')), 'fff-f,CUB,Cuba,Santiago,embassy,high,'],
      'mission_events.csv': [...EVENTS.filter((e) => !e.startsWith('c')), ev('f1', 'fff-f', 'opened', '1990'), ev('f2', 'fff-f', 'closed', '2010-05-01')],
      'claims.csv': [claim('older', '2026-06', 'missions_all', 4)],
    });
    const w = reconcileClaim(buildModel(far), far, far.claims[0]!);
    expect(w.verdict).toBe('contradicted');
    expect(w.explanation).not.toContain('It fitted');
  });
});
