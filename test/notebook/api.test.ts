// The notebook API on the real record: one-line questions, answers that match the build's own
// reconciliation, and clear errors for bad dates, metrics and ids.
import { afterEach, describe, expect, it } from 'vitest';
import * as nb from '../../src/notebook/api';
import { regionsFinding } from '../../src/notebook/prose';
import { QueryError } from '../../src/query/count';
import { partialDate } from '../../src/dates';

afterEach(() => {
  delete process.env.DPRK_PARAMS;
});

describe('count', () => {
  it('answers a scope and lists only its members, each with a type', () => {
    const africa = nb.count('embassies', '2019-06-30', { scope: 'africa' });
    const world = nb.count('embassies', '2019-06-30');
    expect(africa.low).toBeGreaterThan(0);
    expect(africa.high).toBeLessThan(world.low);
    expect(africa.members.every((m) => m.type === 'embassy')).toBe(true);
    expect(nb.byType(world)).toEqual([{ type: 'embassy', counted: world.members.filter((m) => m.status === 'open' || m.status === 'presumed').length, uncertain: expect.any(Number) }]);
  });

  it('fails clearly on a bad date or metric', () => {
    expect(() => nb.count('embassies', '2019-02-30')).toThrow(QueryError);
    expect(() => nb.count('embassies', '2019-02-30')).toThrow(/not a date: "2019-02-30"/);
    expect(() => nb.count('embassys', '2019')).toThrow(/unknown metric "embassys"; expected one of: embassies/);
    expect(() => nb.count('embassies', undefined as unknown as string)).toThrow(QueryError);
  });
});

describe('reconcile', () => {
  it('gives a new figure the verdict the build gives the same figure in the data', () => {
    // NCNK's "embassies in 47 countries" (2017) is in the record: consistent.
    const r = nb.reconcile({ value: 47, metric: 'embassies', as_of: '2017' });
    expect(r.verdict).toBe('consistent');
    expect(r.record_low).toBeLessThanOrEqual(47);
    expect(r.record_high).toBeGreaterThanOrEqual(47);
  });

  it('contradicts an impossible figure and names the residual', () => {
    const r = nb.reconcile({ value: 200, metric: 'missions_all', as_of: '2019-06-30' });
    expect(r.verdict).toBe('contradicted');
    expect(r.residual).toBeGreaterThan(100);
    expect(r.explanation).toMatch(/more than the record/);
  });

  it('rejects a bad qualifier or value', () => {
    expect(() => nb.reconcile({ value: 47, metric: 'embassies', as_of: '2017', qualifier: 'roughly' })).toThrow(/expected one of: exact, about, more_than, at_least/);
    expect(() => nb.reconcile({ value: -1, metric: 'embassies', as_of: '2017' })).toThrow(/not a count/);
  });
});

describe('timeline', () => {
  it('lists the events and periods of a mission closed in 2023', () => {
    const t = nb.timeline('ago-luanda');
    expect(t.label).toBe('Luanda (Angola)');
    expect(t.events.length).toBeGreaterThan(0);
    expect(t.periods[t.periods.length - 1]).toMatchObject({ state: 'closed', until: '' });
    expect(t.periods[0]!.from).toBe('');
  });

  it('shows the periods its host\'s ties give a presumed embassy', () => {
    // Before its first sighting Algiers is presumed open while the DPRK has ties with Algeria
    // (from independence, 5 July 1962, since the ties of 1958 were with the FLN; or 1963 in one
    // dataset), not closed; it is open from the start of the period its first sighting names (a
    // year or a month, so its first day).
    const t = nb.timeline('dza-algiers');
    const firstSeen = partialDate(t.events.filter((e) => e.event === 'attested_open').map((e) => e.date).sort()[0]!).first;
    expect(t.periods.slice(0, 4).map((p) => p.state)).toEqual(['closed', 'unknown', 'presumed', 'open']);
    expect(t.periods[1]).toMatchObject({ from: '1962-07-05' });
    expect(t.periods[2]!.from < firstSeen).toBe(true);
    expect(t.periods[3]).toMatchObject({ from: firstSeen });
  });

  it('accepts a partner code in any case and suggests ids for a typo', () => {
    expect(nb.timeline('fra').id).toBe('FRA');
    expect(() => nb.timeline('chn-beijin')).toThrow(/did you mean chn-beijing/);
  });
});

describe('parameters', () => {
  it('take the defaults, and the build overrides them', () => {
    expect(nb.parameters({ as_of: '2020-01-01', scope: 'world' })).toEqual({ as_of: '2020-01-01', scope: 'world' });
    process.env.DPRK_PARAMS = JSON.stringify({ as_of: '2017-12-31' });
    expect(nb.parameters({ as_of: '2020-01-01', scope: 'asia' })).toEqual({ as_of: '2017-12-31', scope: 'asia' });
  });

  it('want a day and a known scope', () => {
    expect(() => nb.parameters({ as_of: '2017', scope: 'world' })).toThrow(/not a date/);
    expect(() => nb.parameters({ as_of: '2017-12-31', scope: 'Europe' })).toThrow(/unknown scope/);
  });
});

describe("Seoul's regional figures, in its regions and by continent", () => {
  const at = (scope: string) => nb.regionsAndContinents({ as_of: '2026-12-31', scope: scope as never });
  it('reconciles each in its region, as the build does, and again in the nearest continent', () => {
    const rows = at('world');
    expect(rows).toHaveLength(24);
    const asia = rows.find((r) => r.claim_id === 'segyetimes-2018-asia-relations-26')!;
    expect([asia.region, asia.region_range, asia.region_verdict, asia.continent, asia.continent_range, asia.continent_verdict]).toEqual(["Seoul's Asia-Pacific region", '26', 'consistent', 'Asia', '38', 'contradicted']);
    const me = rows.find((r) => r.claim_id === 'kangnamtimes-2024-middle-east-missions-5')!;
    expect([me.region_verdict, me.continent, me.continent_verdict]).toEqual(['consistent', '', '']);
    expect(regionsFinding(rows)).toContain('Of the 24 figures it published that way, <b>23</b> fit the record counted in Seoul\'s regions (on their date, at a nearby date or under another definition). Of the 20 figures with a continent to compare with, <b>15</b> would be contradicted counted by that continent instead, <b>14</b> of them by the grouping alone (they fit in Seoul\'s region). 4 figures count its Middle East, which no continent matches.');
    expect(regionsFinding(at('rok_middle_east'))).not.toContain('continent to compare with');
  });
  it("keeps a region's figures, or those nearest a continent, when the scope is not the world", () => {
    expect(at('rok_africa').map((r) => r.claim_id)).toEqual(['segyetimes-2018-africa-relations-46', 'horizonofthinking-2023-africa-relations-46', 'kangnamtimes-2024-africa-missions-6', 'horizonofthinking-2024-africa-relations-46']);
    expect(at('asia').every((r) => r.region === "Seoul's Asia-Pacific region")).toBe(true);
    expect(at('asia')).toHaveLength(7);
    expect(nb.regionsAndContinents({ as_of: '2019-12-31', scope: 'world' })).toHaveLength(6);
  });
});
