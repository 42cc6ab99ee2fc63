// The rules that let the record decide the past (issue 11), each pinned on a hand-made record:
// dated lists as evidence, presumption that cannot hide a gross error, counts of changes over a
// period, host countries, ties with both Koreas, and assertions on unmodelled quantities.
import { describe, expect, it } from 'vitest';
import { checkAssertion } from '../../src/analysis/assertions';
import { ROK_RECORD_FROM, buildModel, closingSignals, countAt, countChanges, rokState } from '../../src/analysis/count';
import * as coverageModule from '../../src/analysis/coverage';
import { coverage } from '../../src/analysis/coverage';
import { reconcileClaim } from '../../src/analysis/reconcile';
import { stateOn } from '../../src/analysis/timeline';
import { openMissions } from '../../src/analysis/trends';
import { presumedTolerated } from '../../src/analysis/verdicts';
import { partialDate } from '../../src/dates';
import type { DerivedRokEvent } from '../../src/load/kdiplo';
import { loadRecord } from '../../src/load/record';
import { claim, ev, recordFrom } from '../helpers/record';

/**
 * One partner on a hand-made record: `rel` writes one of its relation rows (a low row's note says
 * it is an inference, as the loader asks), `timeline` builds the model and returns its timeline.
 */
function onePartner(iso3: string, name: string) {
  const rel = (id: string, event: string, date: string, q = 'on', confidence = 'high') => `${id},${iso3},${event},${date},${q},s1,${confidence},${confidence === 'low' ? 'Inferred from a weak page.' : ''}`;
  const timeline = (...rows: string[]) => buildModel(recordFrom({ 'relations.csv': [`${iso3},${name},state,yes,`], 'relation_events.csv': rows })).partners[0]!.timeline;
  return { rel, timeline };
}

// Eight embassies with no opening date (presumed before their first event), one dated opening.
const PRESUMED = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'];
const HOSTS = ['AGO', 'BGD', 'CUB', 'EGY', 'ETH', 'GIN', 'IND', 'LAO'];
const MISSIONS = [
  ...PRESUMED.map((id, i) => `${id}-x,${HOSTS[i]},${['Angola', 'Bangladesh', 'Cuba', 'Egypt', 'Ethiopia', 'Guinea', 'India', 'Laos'][i]},City,embassy,high,`),
  'chn-beijing,CHN,China,Beijing,embassy,high,',
  'hkg-hong-kong,HKG,Hong Kong,Hong Kong,consulate_general,high,',
];
const EVENTS = [
  ...PRESUMED.map((id) => ev(`${id}-x-attested-open-1`, `${id}-x`, 'attested_open', '2020-06')),
  ev('chn-beijing-opened-1', 'chn-beijing', 'opened', '1950'),
  ev('hkg-hong-kong-opened-1', 'hkg-hong-kong', 'opened', '2000-02'),
  ev('hkg-hong-kong-closed-1', 'hkg-hong-kong', 'closed', '2023-11-01'),
  ev('m1-x-closed-1', 'm1-x', 'closed', '2023-10-25'),
  ev('m2-x-closed-1', 'm2-x', 'closed', '2023-11', 'before'),
];

function record(extra: { claims?: string[]; members?: string[] } = {}) {
  return recordFrom({ 'missions.csv': MISSIONS, 'mission_events.csv': EVENTS, 'claims.csv': extra.claims ?? [], 'claim_members.csv': extra.members ?? [] });
}
function verdict(claimRow: string, members: string[] = []) {
  const r = record({ claims: [claimRow], members });
  return reconcileClaim(buildModel(r), r, r.claims[0]!);
}

describe('a dated list is evidence that its members were open', () => {
  it('members of a stock figure are attested open on its as-of date, so they are no longer presumed before 2020', () => {
    const without = buildModel(record());
    const withList = buildModel(record({ claims: [claim('list-2005', '2005-07', 'embassies', 3)], members: ['list-2005,m3-x,,', 'list-2005,m4-x,,', 'list-2005,m5-x,,'] }));
    const day = '2010-01-01';
    expect(stateOn(without.missions.find((m) => m.id === 'm3-x')!.timeline, day)).toBe('presumed');
    expect(stateOn(withList.missions.find((m) => m.id === 'm3-x')!.timeline, day)).toBe('open');
    expect(stateOn(withList.missions.find((m) => m.id === 'm6-x')!.timeline, day)).toBe('presumed');
    expect(countAt(withList, 'embassies', 'world', partialDate('2010-01-01'))).toMatchObject({ low: 9, presumed: 5 });
  });
  it('members of a low-confidence figure are weak sightings: they count on the day but do not imply a reopening, like a low event row', () => {
    const strong = buildModel(record({ claims: [claim('list-2024', '2024-01', 'embassies', 1)], members: ['list-2024,m1-x,,'] }));
    const weak = buildModel(record({ claims: [claim('weak-2024', '2024-01', 'embassies', 1, { confidence: 'low' })], members: ['weak-2024,m1-x,,'] }));
    const m1 = (m: typeof weak) => m.missions.find((x) => x.id === 'm1-x')!.timeline;
    // m1 closed on 2023-10-25; a confident list of January 2024 implies a reopening in between.
    expect(stateOn(m1(strong), '2024-06-01')).toBe('open');
    // A weak one is a doubt in its month (a sighting against a closure) and no more.
    expect(stateOn(m1(weak), '2024-01-15')).toBe('unknown');
    expect(stateOn(m1(weak), '2024-06-01')).toBe('closed');
    expect(weak.evidence.find((e) => e.origin.includes('weak-2024'))).toMatchObject({ id: 'm1-x', weak: true });
  });
  it('a member whose own row is low is a weak sighting in a confident list, and the other members stay strong', () => {
    // Seoul's list of 44 still names Lima, which Seoul's own briefing calls inactive since 2017.
    const m = buildModel(record({ claims: [claim('list-2024', '2024-01', 'embassies', 2)], members: ['list-2024,m1-x,low,listed on paper', 'list-2024,m2-x,,'] }));
    const t = (id: string) => m.missions.find((x) => x.id === id)!.timeline;
    expect(stateOn(t('m1-x'), '2024-06-01')).toBe('closed');
    // The strong member also attests its host's ties (Bangladesh); the weak one attests none (Angola).
    expect(m.evidence.filter((e) => e.origin.includes('list-2024')).map((e) => [e.id, e.weak])).toEqual([['m1-x', true], ['m2-x', false], ['BGD', false]]);
  });
  it('members of a list of host countries are the missions it names, attested open on its as-of date', () => {
    const m = buildModel(record({ claims: [claim('hosts-1991', '1991-04-09', 'host_countries_any', 2, { qualifier: 'at_least' })], members: ['hosts-1991,m3-x,,', 'hosts-1991,m4-x,,'] }));
    expect(stateOn(m.missions.find((x) => x.id === 'm3-x')!.timeline, '1995-12-31')).toBe('open');
    expect(stateOn(m.missions.find((x) => x.id === 'm5-x')!.timeline, '1995-12-31')).toBe('presumed');
    // An embassy so named attests ties with its host, as any embassy seen open does.
    const withHost = buildModel(recordFrom({
      'missions.csv': ['idn-jakarta,IDN,Indonesia,Jakarta,embassy,high,'], 'relations.csv': ['IDN,Indonesia,state,yes,'],
      'relation_events.csv': ['idn-established-1,IDN,established,1964-04-16,on,s1,high,'],
      'claims.csv': [claim('asean-1991', '1991-04-09', 'host_countries_any', 1, { qualifier: 'at_least', scope: 'asia' })], 'claim_members.csv': ['asean-1991,idn-jakarta,,'],
    }));
    expect(withHost.evidence.filter((e) => e.origin.includes('asean-1991')).map((e) => [e.entity, e.id])).toEqual([['mission', 'idn-jakarta'], ['partner', 'IDN']]);
  });
  it('members of a list of closures attest nothing about being open', () => {
    const m = buildModel(record({ claims: [claim('shut', '2023-12', 'mission_closures', 1, { periodStart: '2023-10' })], members: ['shut,m1-x,,'] }));
    expect(m.missions.find((x) => x.id === 'm1-x')!.timeline.attestations).toHaveLength(1); // the 2020 event only
  });
});

describe('an embassy seen open is evidence of ties with its host', () => {
  const rel = (id: string, partner: string, event: string, date: string) => `${id},${partner},${event},${date},on,s1,high,`;
  const relations = ['CUB,Cuba,state,yes,', 'DEU,Germany,state,yes,'];
  const missions = ['cub-havana,CUB,Cuba,Havana,embassy,high,', 'deu-berlin,DEU,Germany,Berlin,embassy,high,'];
  it('attests the host partner on the day of the sighting; a sighting before the partner\'s first ties (a predecessor state) attests nothing', () => {
    const r = recordFrom({
      'missions.csv': missions,
      'mission_events.csv': [ev('cub-havana-attested-open-1', 'cub-havana', 'attested_open', '2004-05-01'), ev('deu-berlin-opened-1', 'deu-berlin', 'opened', '1954'), ev('deu-berlin-reopened-1', 'deu-berlin', 'reopened', '2001')],
      'relations.csv': relations,
      'relation_events.csv': [rel('cub-established-1', 'CUB', 'established', '1960-08-29'), rel('cub-severed-1', 'CUB', 'severed', '2003'), rel('deu-established-1', 'DEU', 'established', '2001-03-01')],
    });
    const partners = buildModel(r).partners;
    const cuba = partners.find((p) => p.id === 'CUB')!.timeline;
    expect(cuba.attestations.map((a) => a.earliest)).toEqual(['2004-05-01']);
    expect(stateOn(cuba, '2003-12-31')).toBe('closed');
    expect(stateOn(cuba, '2004-05-01')).toBe('open');
    const germany = partners.find((p) => p.id === 'DEU')!.timeline;
    expect(germany.attestations.map((a) => a.earliest)).toEqual(['2001-01-01']);
    expect(stateOn(germany, '1995-12-31')).toBe('closed');
  });
});

describe('presumption cannot hide a figure far below the record', () => {
  it('tolerates one presumed member, or a quarter of them', () => {
    expect([presumedTolerated(1), presumedTolerated(4), presumedTolerated(8), presumedTolerated(38)]).toEqual([1, 1, 2, 9]);
  });
  it('half the real count is contradicted, and the explanation says what it would take', () => {
    const v = verdict(claim('half', '2015', 'embassies', 4));
    expect(v.count).toMatchObject({ low: 9, high: 9, presumed: 8 });
    expect(v.verdict).toBe('contradicted');
    expect(v.explanation).toContain('fits only if 5 of the 8 members presumed open');
    expect(v.explanation).toContain('more than a quarter of them');
  });
  it('a figure one short of the record stays cannot_check, naming the presumed members', () => {
    const v = verdict(claim('one-short', '2015', 'embassies', 8));
    expect(v.verdict).toBe('cannot_check');
    expect(v.explanation).toContain('fits only if 1 of the 8 members presumed open');
  });
  it('a figure outside a wide range is contradicted; only a figure inside it is untestable', () => {
    const WIDE = Array.from({ length: 10 }, (_, i) => `w${i}`);
    const r = recordFrom({
      'missions.csv': WIDE.map((id) => `${id}-x,CHN,China,C${id},embassy,high,`),
      'mission_events.csv': WIDE.map((id) => ev(`${id}-x-opened-1`, `${id}-x`, 'opened', '1990', 'before')),
      'claims.csv': [claim('inside', '1985', 'embassies', 5), claim('outside', '1985', 'embassies', 40)],
    });
    const m = buildModel(r);
    const [inside, outside] = r.claims.map((c) => reconcileClaim(m, r, c));
    expect(inside!.count).toMatchObject({ low: 0, high: 10 });
    expect(inside!.verdict).toBe('cannot_check');
    expect(inside!.explanation).toContain('too wide to test');
    expect(outside!.verdict).toBe('contradicted');
    expect(outside!.residual).toBe(30);
  });
});

describe('counts of changes over a period', () => {
  it('counts closures dated inside the period, and those whose window only overlaps it at the high end', () => {
    const m = buildModel(record());
    // Hong Kong (2023-11-01) and m1 (2023-10-25) closed inside; m2 closed "before 2023-11", which may be earlier.
    expect(countChanges(m, 'mission_closures', 'world', '2023-10-01', '2023-12-31')).toMatchObject({ low: 2, high: 3 });
    expect(countChanges(m, 'mission_closures', 'world', '2023-10-26', '2023-12-31')).toMatchObject({ low: 1, high: 2 });
    expect(countChanges(m, 'mission_openings', 'world', '2000-01-01', '2000-12-31')).toMatchObject({ low: 1, high: 1 });
  });
  it('a closures figure is decided over its period and compared member by member', () => {
    const v = verdict(claim('shut-2', '2023-11-30', 'mission_closures', 2, { periodStart: '2023-10-20' }), ['shut-2,m1-x,,', 'shut-2,hkg-hong-kong,,']);
    expect(v.count).toMatchObject({ low: 2, high: 3 });
    expect(v.verdict).toBe('consistent');
    expect(v.explanation).toContain('between 2023-10-20 and 2023-11-30');
    expect(v.members).toMatchObject({ named: 2, missing: [] });
  });
  // Closings announced in a wave (late 2023): dated announcements, completions bounded only by a
  // later register ("withdrawn by 5 December"), one announcement never carried out in the record.
  const wave = (claims: string[] = []) => recordFrom({
    'missions.csv': MISSIONS,
    'mission_events.csv': [
      ...EVENTS,
      ev('m3-x-closure-announced-1', 'm3-x', 'closure_announced', '2023-10-23'),
      ev('m3-x-closed-1', 'm3-x', 'closed', '2023-12-05', 'before'),
      ev('m4-x-closure-announced-1', 'm4-x', 'closure_announced', '2023-11-29', 'before'),
      ev('m5-x-closed-1', 'm5-x', 'closed', '2023-11-20'),
      // Announced in 2019 but seen open in 2020: a closing not carried out then, so the closing of
      // 2023, with no announcement of its own, counts on its own date.
      ev('m6-x-closure-announced-1', 'm6-x', 'closure_announced', '2019-05'),
      ev('m6-x-closed-1', 'm6-x', 'closed', '2023-11-15'),
      // Announced in 2021 and carried out two years later: announced in 2021, not in 2023.
      ev('m7-x-closure-announced-1', 'm7-x', 'closure_announced', '2021-05'),
      ev('m7-x-closed-1', 'm7-x', 'closed', '2023-11-15'),
    ],
    'claims.csv': claims,
  });
  it('counts closings by when they were announced, or carried out where no announcement is on record', () => {
    const m = buildModel(wave());
    const closed = countChanges(m, 'mission_closures', 'world', '2023-10-01', '2023-11-29');
    const announced = countChanges(m, 'mission_closures_announced', 'world', '2023-10-01', '2023-11-29');
    const status = (c: typeof closed) => Object.fromEntries(c.members.map((x) => [x.id, x.status]));
    // Closed for certain: m1 (25 Oct), Hong Kong (1 Nov), m5 (20 Nov), m6 and m7 (15 Nov); m2
    // ("before November") and m3 ("before 5 December") may have closed outside the period.
    expect(closed).toMatchObject({ low: 5, high: 7 });
    expect(status(closed)).toEqual({ 'hkg-hong-kong': 'open', 'm1-x': 'open', 'm2-x': 'unknown', 'm3-x': 'unknown', 'm5-x': 'open', 'm6-x': 'open', 'm7-x': 'open' });
    // Announced: m3 on 23 Oct counts for certain; m4's announcement, bounded only by 29 Nov, may
    // be earlier; m7's was in 2021, so it is not counted here however its closing is dated.
    expect(status(announced)).toEqual({ 'hkg-hong-kong': 'open', 'm1-x': 'open', 'm2-x': 'unknown', 'm3-x': 'open', 'm4-x': 'unknown', 'm5-x': 'open', 'm6-x': 'open' });
    expect(announced).toMatchObject({ low: 5, high: 7 });
    // m4's announcement, bounded only from above, may fall in any earlier year; m2's closing (seen
    // open in June 2020, closed before November 2023) in any year between.
    expect(status(countChanges(m, 'mission_closures_announced', 'world', '2019-01-01', '2019-12-31'))).toEqual({ 'm4-x': 'unknown', 'm6-x': 'open' });
    expect(status(countChanges(m, 'mission_closures_announced', 'world', '2021-01-01', '2021-12-31'))).toEqual({ 'm2-x': 'unknown', 'm4-x': 'unknown', 'm7-x': 'open' });
    expect(closingSignals(m.missions.find((x) => x.id === 'm3-x')!)).toEqual([{ earliest: '2023-10-23', latest: '2023-10-23' }]);
  });
  it('an announcement dated only "before D" belongs to the closing that reaches D, not to an opening long before', () => {
    // Opened in 1990, closing announced by 29 Nov 2023, withdrawn by 5 Dec 2023: one closing,
    // announced at the latest on 29 Nov and no earlier than the opening (nothing is seen between);
    // not an announcement standing alone over all time, before the mission existed.
    const r = recordFrom({
      'missions.csv': ['aaa-a,AGO,Angola,Luanda,embassy,high,'],
      'mission_events.csv': [
        ev('aaa-a-opened-1', 'aaa-a', 'opened', '1990'),
        ev('aaa-a-closure-announced-1', 'aaa-a', 'closure_announced', '2023-11-29', 'before'),
        ev('aaa-a-closed-1', 'aaa-a', 'closed', '2023-12-05', 'before'),
      ],
    });
    const m = buildModel(r);
    const signals = closingSignals(m.missions[0]!);
    expect(signals).toHaveLength(1);
    expect(signals[0]).toEqual({ earliest: '1990-01-01', latest: '2023-11-29' });
    expect(countChanges(m, 'mission_closures_announced', 'world', '1985-01-01', '1985-12-31').high).toBe(0);
  });
  it('a closures figure too wide to test under its words is decided by the reading the record can test', () => {
    const six = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
    const r = recordFrom({
      'missions.csv': MISSIONS,
      'mission_events.csv': [
        ...EVENTS.filter((e) => !e.startsWith('m1-x-closed') && !e.startsWith('m2-x-closed') && !e.startsWith('hkg-hong-kong-closed')),
        ...six.flatMap((id, i) => [ev(`${id}-x-closure-announced-1`, `${id}-x`, 'closure_announced', `2023-11-0${i + 1}`), ev(`${id}-x-closed-1`, `${id}-x`, 'closed', '2023-12-05', 'before')]),
      ],
      'claims.csv': [
        claim('read', '2023-11-29', 'mission_closures_announced', 6, { stated: 'mission_closures', periodStart: '2023-10' }),
        claim('confusable', '2023-11-29', 'mission_closures', 6, { periodStart: '2023-10' }),
        claim('neither', '2023-11-29', 'mission_closures', 2, { periodStart: '2023-10' }),
      ],
    });
    const m = buildModel(r);
    const [read, confusable, neither] = r.claims.map((c) => reconcileClaim(m, r, c));
    // Completed closings: 0-6 (every one may have come after 29 November), too wide for 6.
    expect(read!.count).toMatchObject({ low: 0, high: 6 });
    for (const v of [read!, confusable!]) {
      expect(v.verdict, v.claim.claim_id).toBe('consistent_other_definition');
      expect(v.matchedMetric).toBe('mission_closures_announced');
      expect(v.explanation).toContain('too wide to test it');
      expect(v.explanation).toContain('whose closing was announced, or carried out unannounced, during the period (6), which the record can test');
    }
    // 2 fits the completed closings (0-6) but not the announced ones (6): nothing decides it.
    expect(neither!.verdict).toBe('cannot_check');
    expect(neither!.matchedMetric).toBe('');
    expect(neither!.explanation).toContain('because 6 changes are not dated closely enough to place inside or outside the period.');
  });
  it('the loader requires a period for a count of changes, and refuses one on a count of a state', () => {
    const bytes = (rows: string[]) => new TextEncoder().encode(['claim_id,source_id,as_of,metric,stated_metric,scope,value,qualifier,wording,attributed_to,confidence,notes,period_start', ...rows].join('\n') + '\n');
    const files: Record<string, Uint8Array> = {
      'claims.csv': bytes([claim('no-period', '2023-12', 'mission_closures', 1), claim('period', '2023-12', 'embassies', 1, { periodStart: '2023-01' }), claim('late', '2023-12', 'mission_closures', 1, { periodStart: '2024-01' })]),
      'sources.csv': new TextEncoder().encode('source_id,publisher,title,url,published,kind,language,notes\ns1,Pub,Title,https://example.org/1,2024,news,en,\n'),
    };
    const l = loadRecord((f) => files[f] ?? new TextEncoder().encode(''), 'raw', { today: '2026-11-24' });
    const mine = l.issues.filter((i) => i.columnName === 'period_start').map((i) => [i.line, i.value, i.expected.slice(0, 40)]);
    expect(mine).toEqual([
      [2, '', 'the first date of the period that the mi'],
      [3, '2023-01', 'an empty period_start: embassies counts '],
      [4, '2024-01', 'the as_of date (2023-12) not before the '],
    ]);
  });
});

describe('host countries', () => {
  it('counts a country once however many missions it hosts, Hong Kong as China', () => {
    const m = buildModel(record());
    const c = countAt(m, 'host_countries_any', 'world', partialDate('2010-06-30'));
    expect(c.low).toBe(9); // eight presumed hosts and China (Beijing + Hong Kong)
    expect(c.members.find((x) => x.id === 'chn')).toMatchObject({ status: 'open' });
    expect(countAt(m, 'host_countries_embassy', 'world', partialDate('2024-06-30')).low).toBe(7); // m1, m2 closed
  });
});

/** A change of Seoul's ties as the kdiplo loader derives it (its cell made up). */
const kdiploRok = (partner_id: string, event: 'established' | 'severed' | 'restored', year: string): DerivedRokEvent => ({
  partner_id, event, date: partialDate(year), date_qualifier: 'on', confidence: 'medium', source_id: 's1', line: 2, column: 'date', origin: `kdiplo/rok.csv ${partner_id}`,
});

describe('ties with both Koreas', () => {
  const r = recordFrom({
    'relations.csv': ['CUB,Cuba,state,yes,', 'CHN,China,state,yes,', 'PSE,Palestine,non_un_state,no,', 'JPN,Japan,state,yes,'],
    'relation_events.csv': [
      'cub-established-1,CUB,established,1960-08-29,on,s1,high,',
      'chn-established-1,CHN,established,1949-10-06,on,s1,high,',
      'pse-established-1,PSE,established,1966,on,s1,high,',
    ],
    'rok_relation_events.csv': ['rok-cub-established-1,CUB,established,2024-02-14,on,s1,high,'],
    'claims.csv': [
      claim('both-2010', '2010', 'relations_both_koreas', 1),
      claim('only-2010', '2010', 'relations_dprk_only', 2),
      claim('only-2025', '2025', 'relations_dprk_only', 1),
      claim('both-2001', '2001', 'relations_both_koreas', 1),
    ],
  });
  const m = buildModel(r);
  const v = (id: string) => reconcileClaim(m, r, r.claims.find((c) => c.claim_id === id)!);
  it('counts UN members with ties to both, and partners with ties to the DPRK alone', () => {
    expect(v('both-2010')).toMatchObject({ verdict: 'consistent', count: { low: 1, high: 1 } });
    expect(v('only-2010').count.members.map((x) => x.id)).toEqual(['CUB', 'PSE']);
    expect(v('only-2025')).toMatchObject({ verdict: 'consistent', count: { low: 1 } });
  });
  it('before South Korea’s relations are recorded, such a figure cannot be checked, and says why', () => {
    expect(v('both-2001')).toMatchObject({ verdict: 'cannot_check' });
    expect(v('both-2001').explanation).toContain(`only from ${ROK_RECORD_FROM}`);
  });
  it('with kdiplo’s years of South Korea’s ties, counts them before 2005: unknown in the year of a change, and nothing for a partner kdiplo lacks', () => {
    const early = (partner_id: string, event: 'established' | 'severed' | 'restored', year: string) => kdiploRok(partner_id, event, year);
    // China: Seoul's ties of 1992; Japan has none with the DPRK; Cuba: Seoul's cut of 1958.
    const rk = { ...r, derivedRokEvents: [early('CHN', 'established', '1992'), early('CUB', 'established', '1949'), early('CUB', 'severed', '1958')] };
    const mk = buildModel(rk);
    expect(mk.rokFrom < '1948-01-01').toBe(true);
    const at = (metric: 'relations_both_koreas' | 'relations_dprk_only', day: string) => countAt(mk, metric, 'world', partialDate(day));
    expect(at('relations_both_koreas', '1991-12-31')).toMatchObject({ low: 0, high: 0 });
    expect(at('relations_both_koreas', '1992-06-30')).toMatchObject({ low: 0, high: 1 }); // China's year of change
    expect(at('relations_both_koreas', '1993-12-31')).toMatchObject({ low: 1, high: 1 });
    // DPRK only in 1980: Cuba (Seoul's ties cut in 1958), China (none with Seoul yet), Palestine (never Seoul's).
    expect(at('relations_dprk_only', '1980-12-31').members.filter((x) => x.status === 'open').map((x) => x.id)).toEqual(['CHN', 'CUB', 'PSE']);
    const both2001 = reconcileClaim(mk, rk, rk.claims.find((c) => c.claim_id === 'both-2001')!);
    expect(both2001).toMatchObject({ verdict: 'consistent', count: { low: 1, high: 1 } });
    // Japan has no ties with the DPRK, so its missing row changes nothing; a DPRK partner without
    // one would be unknown before 2005.
    const noRow = { ...rk, derivedRokEvents: rk.derivedRokEvents.filter((e) => e.partner_id !== 'CHN') };
    expect(countAt(buildModel(noRow), 'relations_both_koreas', 'world', partialDate('2001-12-31'))).toMatchObject({ low: 0, high: 1 });
    // From December 2005 the hand-written exceptions rule, as before: Cuba again from 2024.
    expect(countAt(mk, 'relations_both_koreas', 'world', partialDate('2010-06-30'))).toMatchObject({ low: 1, high: 1 });
  });
  it('switches from kdiplo’s years to the typed exceptions on the day ROK_RECORD_FROM, not a day sooner or later', () => {
    const early = (partner_id: string, year: string) => kdiploRok(partner_id, 'established', year);
    // kdiplo dates Seoul's ties with China to 2010 (a made-up year); no typed row: open from the switch.
    const mk = buildModel({ ...r, derivedRokEvents: [early('CHN', '2010')], derivedRokPartners: ['CHN', 'CUB', 'PSE'] });
    expect(mk.days).toContain(ROK_RECORD_FROM);
    const china = mk.partners.find((p) => p.id === 'CHN')!;
    expect([rokState(china, '2005-12-15'), rokState(china, ROK_RECORD_FROM)]).toEqual(['closed', 'open']);
    const both = (day: string) => countAt(mk, 'relations_both_koreas', 'world', partialDate(day));
    expect([both('2005-12-15').low, both(ROK_RECORD_FROM).low]).toEqual([0, 1]);
    // Cuba has a row with no years: never Seoul's partner before 2005 (closed), where a missing row is unknown.
    const only = (model: ReturnType<typeof buildModel>) => countAt(model, 'relations_dprk_only', 'world', partialDate('2001-12-31')).members.find((x) => x.id === 'CUB')!.status;
    expect(only(mk)).toBe('open');
    expect(only(buildModel({ ...r, derivedRokEvents: [early('CHN', '2010')], derivedRokPartners: ['CHN'] }))).toBe('unknown');
    // coverage.csv counts a partner as dated only when Seoul's side is decided too: Cuba, with no
    // kdiplo row, is undated for the DPRK-only count of 2001; with a row without years it is dated.
    const undated = (model: ReturnType<typeof buildModel>) => coverage(model, 2001, '2001-12-31').find((c) => c.metric === 'relations_dprk_only')!.undated;
    expect(undated(buildModel({ ...r, derivedRokEvents: [early('CHN', '2010')], derivedRokPartners: ['CHN'] })) - undated(mk)).toBe(1);
  });
});

describe('assertions on quantities the record does not model', () => {
  it('are cannot_check, never true or false', () => {
    const r = recordFrom({
      'missions.csv': MISSIONS,
      'mission_events.csv': EVENTS,
      'assertions.csv': ['a-other,s1,2023,Something unmodelled is zero,other,world,eq,0,', 'a-all,s1,2023-11-12,All closed,missions_all,world,eq,0,'],
    });
    const m = buildModel(r);
    const [other, all] = r.assertions.map((a) => checkAssertion(m, a));
    expect(other).toMatchObject({ verdict: 'cannot_check' });
    expect(other!.explanation).toContain('does not model');
    expect(all).toMatchObject({ verdict: 'false' });
  });
});

describe('coverage', () => {
  it('gives for each year end the range, the presumed share and the dated members', () => {
    const m = buildModel(record({ claims: [claim('list-2005', '2005-07', 'embassies', 3)], members: ['list-2005,m3-x,,', 'list-2005,m4-x,,', 'list-2005,m5-x,,'] }));
    const rows = coverage(m, 2004, '2025-01-01').filter((c) => c.metric === 'embassies');
    expect(rows.find((c) => c.year === 2004)).toMatchObject({ low: 9, high: 9, width: 0, presumed: 8, dated: 1, undated: 8 });
    expect(rows.find((c) => c.year === 2005)).toMatchObject({ presumed: 5, dated: 4 });
    expect(rows.find((c) => c.year === 2025)).toMatchObject({ low: 7, presumed: 0, dated: 9, undated: 0 });
  });
});

describe('where the record’s support begins', () => {
  it('is the first year from which every year end is at most 10% presumed', () => {
    const { supportStart } = coverageModule;
    const row = (year: number, low: number, presumed: number) => ({ year, metric: 'missions_all' as const, low, presumed });
    expect(supportStart([row(2000, 50, 20), row(2001, 50, 5), row(2002, 50, 6), row(2003, 50, 4), row(2004, 50, 0)], 'missions_all')).toBe(2003);
    expect(supportStart([row(2000, 50, 20)], 'missions_all')).toBeUndefined();
  });
});

describe('a low-confidence sighting of a mission', () => {
  it('counts on its day but does not imply a reopening after a closing', () => {
    const rows = (confidence: string) => recordFrom({
      'missions.csv': ['nam-windhoek,NAM,Namibia,Windhoek,embassy,high,'],
      'mission_events.csv': [
        ev('nam-windhoek-closed-1', 'nam-windhoek', 'closed', '1994'),
        `nam-windhoek-attested-open-1,nam-windhoek,attested_open,2003-01-29,on,s1,${confidence},${confidence === 'low' ? 'Inferred: an ambassador styled resident; likely accredited from elsewhere.' : ''}`,
      ],
    });
    const weak = buildModel(rows('low')).missions[0]!.timeline;
    expect(stateOn(weak, '2000-12-31')).toBe('closed');
    expect(stateOn(weak, '2003-01-29')).toBe('unknown');
    expect(stateOn(weak, '2005-12-31')).toBe('closed');
    const firm = buildModel(rows('medium')).missions[0]!.timeline;
    expect(stateOn(firm, '2000-12-31')).toBe('unknown');
    expect(stateOn(firm, '2005-12-31')).toBe('open');
  });
});

describe('a downgrade of ties', () => {
  const { rel, timeline } = onePartner('QAT', 'Qatar');
  // A break reported only by a weak source, by default in a month after the downgrade: a doubt
  // back to the last sign of ties.
  const qatar = (downgrade: string, brk = rel('qat-severed-1', 'severed', '2018-02', 'on', 'low')) =>
    timeline(rel('qat-established-1', 'established', '1993-01'), brk, downgrade);
  it('is a sighting of the ties on its day: a later weak report of a break leaves them in force until then', () => {
    const t = qatar(rel('qat-downgraded-1', 'downgraded', '2017-09'));
    expect(stateOn(t, '2010-12-31')).toBe('open');
    expect(stateOn(t, '2017-12-31')).toBe('open');
    expect(stateOn(t, '2018-12-31')).toBe('unknown');
  });
  it('a low-confidence one settles nothing: a weak break dated only by an upper bound stays a doubt back to 1993, its day included', () => {
    const t = qatar(rel('qat-downgraded-1', 'downgraded', '2017-09', 'on', 'low'), rel('qat-severed-1', 'severed', '2018-02-02', 'before', 'low'));
    expect(stateOn(t, '2010-12-31')).toBe('unknown');
    expect(stateOn(t, '2017-09-15')).toBe('unknown');
  });
});

describe('a weak report of a break that misreads a lowering of ties', () => {
  const { rel, timeline } = onePartner('ARE', 'United Arab Emirates');
  const uae = (...rows: string[]) => timeline(rel('are-established-1', 'established', '2007-09-18'), ...rows);
  it('is dropped when its window holds the day a confident source says the ties were only lowered: they stay in force', () => {
    // The UAE's case: on 2017-10-12 it ended the envoys' missions; some papers called that a break.
    const t = uae(
      rel('are-downgraded-1', 'downgraded', '2017-10-12'),
      rel('are-severed-1', 'severed', '2017-10-12', 'on', 'low'),
      rel('are-suspended-1', 'suspended', '2017-10-12', 'on', 'low'),
      rel('are-severed-2', 'severed', '2017-10', 'on', 'low'),
    );
    expect(stateOn(t, '2017-10-12')).toBe('open');
    expect(stateOn(t, '2020-12-31')).toBe('open');
  });
  it('also when it is dated only by an upper bound that the lowering precedes (Qatar: "had declared a break" by 2018-02-02)', () => {
    const t = uae(rel('are-downgraded-1', 'downgraded', '2017-09'), rel('are-severed-1', 'severed', '2018-02-02', 'before', 'low'));
    expect(stateOn(t, '2017-12-31')).toBe('open');
    expect(stateOn(t, '2018-12-31')).toBe('open');
  });
  it('is kept as a doubt when the lowering is itself weak, when the report is confident, when it is dated after a bound, when the ties were seen after the lowering and before its bound, or when its window misses the lowering', () => {
    const weakLowering = uae(rel('are-downgraded-1', 'downgraded', '2017-10-12', 'on', 'low'), rel('are-severed-1', 'severed', '2017-10-12', 'on', 'low'));
    expect(stateOn(weakLowering, '2018-12-31')).toBe('unknown');
    const confidentBreak = uae(rel('are-downgraded-1', 'downgraded', '2017-10-12'), rel('are-severed-1', 'severed', '2017-10-12', 'on', 'medium'));
    expect(stateOn(confidentBreak, '2018-12-31')).toBe('closed');
    const afterBound = uae(rel('are-downgraded-1', 'downgraded', '2017-10-12'), rel('are-severed-1', 'severed', '2017-01', 'after', 'low'));
    expect(stateOn(afterBound, '2018-12-31')).toBe('unknown');
    // A confident sighting after the lowering and before the report's bound: the break may be a later one.
    const seenSince = uae(rel('are-downgraded-1', 'downgraded', '2017-09'), rel('are-attested-1', 'attested', '2017-12-02', 'on', 'medium'), rel('are-severed-1', 'severed', '2018-02-02', 'before', 'low'));
    expect(stateOn(seenSince, '2017-12-31')).toBe('unknown');
    const later = uae(rel('are-downgraded-1', 'downgraded', '2017-10-12'), rel('are-suspended-1', 'suspended', '2018-03', 'on', 'low'));
    expect(stateOn(later, '2017-12-31')).toBe('open');
    expect(stateOn(later, '2018-12-31')).toBe('unknown');
  });
});

describe('a weak, undated report of a break the record already holds', () => {
  const { rel, timeline } = onePartner('CHL', 'Chile');
  const chile = (...rows: string[]) => timeline(rel('chl-established-1', 'established', '1970-11-16'), ...rows);
  const history = [rel('chl-severed-1', 'severed', '1973-09'), rel('chl-restored-1', 'restored', '1992-09-25'), rel('chl-attested-1', 'attested', '2006-09-15', 'on', 'medium')];
  it('reports that break, not a second one: a list that missed the restoration leaves the ties in force', () => {
    // Chile's case: cut in 1973, restored in 1992, seen in 2006 and 2017; 2016 lists copying an
    // older one call it a former partner and date nothing.
    const t = chile(...history, rel('chl-severed-2', 'severed', '2016-09', 'before', 'low'), rel('chl-attested-2', 'attested', '2017-08-16'));
    expect(stateOn(t, '1980-12-31')).toBe('closed');
    for (const year of [2006, 2010, 2016, 2017]) expect(stateOn(t, `${year}-12-31`)).toBe('open');
  });
  it('is still a doubt when no confident break precedes its bound, when it is dated, or when it is confident', () => {
    const noKnownBreak = chile(rel('chl-attested-1', 'attested', '2006-09-15', 'on', 'medium'), rel('chl-severed-2', 'severed', '2016-09', 'before', 'low'), rel('chl-attested-2', 'attested', '2017-08-16'));
    expect(stateOn(noKnownBreak, '2010-12-31')).toBe('unknown');
    // The known break itself is only a weak report: nothing confident to read the list against.
    const weakKnown = chile(rel('chl-severed-1', 'severed', '1973-09', 'on', 'low'), rel('chl-restored-1', 'restored', '1992-09-25'), rel('chl-attested-1', 'attested', '2006-09-15', 'on', 'medium'), rel('chl-severed-2', 'severed', '2016-09', 'before', 'low'));
    expect(stateOn(weakKnown, '2010-12-31')).toBe('unknown');
    const dated = chile(...history, rel('chl-severed-2', 'severed', '2010', 'on', 'low'));
    expect(stateOn(dated, '2010-12-31')).toBe('unknown');
    const confident = chile(...history, rel('chl-severed-2', 'severed', '2016-09', 'before', 'medium'));
    expect(stateOn(confident, '2016-12-31')).toBe('closed');
  });
  it('is still a doubt when nothing confident sees the ties after its bound, or a restoration is reported after it: it may be a second break', () => {
    const unseen = chile(...history, rel('chl-severed-2', 'severed', '2016-09', 'before', 'low'));
    expect(stateOn(unseen, '2010-12-31')).toBe('unknown');
    expect(stateOn(unseen, '2020-12-31')).toBe('unknown');
    const restoredAgain = chile(...history, rel('chl-severed-2', 'severed', '2016-09', 'before', 'low'), rel('chl-restored-2', 'restored', '2017-03', 'on', 'low'), rel('chl-attested-2', 'attested', '2017-08-16'));
    expect(stateOn(restoredAgain, '2010-12-31')).toBe('unknown');
    expect(stateOn(restoredAgain, '2017-12-31')).toBe('open');
  });
  it("is still a doubt when the only confident break is a predecessor's, before the state existed", () => {
    const { rel: svn, timeline } = onePartner('SVN', 'Slovenia');
    // Yugoslavia's (invented) break of 1955 is no break of Slovenia's, a state since 1991-06-25.
    const t = timeline(svn('svn-established-1', 'established', '1948'), svn('svn-severed-1', 'severed', '1955'), svn('svn-established-2', 'established', '1992-09'),
      svn('svn-attested-1', 'attested', '2006-09-15', 'on', 'medium'), svn('svn-severed-2', 'severed', '2016-09', 'before', 'low'), svn('svn-attested-2', 'attested', '2017-08-16'));
    expect(stateOn(t, '2010-12-31')).toBe('unknown');
  });
});

describe('a weak, dated report of a break that a confident sighting and a later confident break contradict', () => {
  const { rel, timeline } = onePartner('JOR', 'Jordan');
  const jordan = (...rows: string[]) => timeline(rel('jor-established-1', 'established', '1974-07'), ...rows);
  // Jordan's case: a dataset dates the break to 2017; Yonhap sees the DPRK envoy still accredited
  // on 2018-01-17; the decree came on 2018-02-01.
  const weakEarly = rel('jor-severed-1', 'severed', '2017', 'on', 'low');
  const decree = rel('jor-severed-2', 'severed', '2018-02-01');
  const seen = rel('jor-attested-1', 'attested', '2018-01-17', 'on', 'medium');
  it('reports that later break, dated early: the ties stay in force until it', () => {
    const t = jordan(weakEarly, seen, decree);
    for (const day of ['2017-06-30', '2017-12-31', '2018-01-17']) expect(stateOn(t, day), day).toBe('open');
    expect(stateOn(t, '2018-02-01')).toBe('closed');
  });
  it('is still a doubt without a confident sighting after it, or when the sighting is weak', () => {
    expect(stateOn(jordan(weakEarly, decree), '2017-12-31')).toBe('unknown');
    expect(stateOn(jordan(weakEarly, rel('jor-attested-1', 'attested', '2018-01-17', 'on', 'low'), decree), '2017-12-31')).toBe('unknown');
  });
  it('is still a doubt when no confident break follows the sighting, or a restoration is reported in between: it may be a real break', () => {
    expect(stateOn(jordan(weakEarly, seen), '2017-12-31')).toBe('unknown');
    expect(stateOn(jordan(weakEarly, seen, rel('jor-severed-2', 'severed', '2018-02-01', 'on', 'low')), '2017-12-31')).toBe('unknown');
    const restored = jordan(weakEarly, rel('jor-restored-1', 'restored', '2018-01', 'on', 'low'), seen, decree);
    expect(stateOn(restored, '2017-12-31')).toBe('unknown');
  });
  it('does so too when the confident break is dated only by a bound after the sighting ("before 2018-02-28")', () => {
    const t = jordan(weakEarly, seen, rel('jor-severed-2', 'severed', '2018-02-28', 'before'));
    expect(stateOn(t, '2017-12-31')).toBe('open');
  });
  it('a confident report of the early date is a break and a reopening, not a doubt', () => {
    const t = jordan(rel('jor-severed-1', 'severed', '2017', 'on', 'medium'), seen, decree);
    expect(stateOn(t, '2017-12-31')).toBe('closed');
    expect(stateOn(t, '2018-01-17')).toBe('open');
  });
});

describe('a weak account of a break and its restoration that a confident sighting contradicts', () => {
  const { rel, timeline } = onePartner('NZL', 'New Zealand');
  // New Zealand's case: an uncited encyclopedia sentence (and a paper that paraphrases it) has the
  // ties suspended after the test of October 2006 and restored on the minister's visit of
  // November 2007; a US cable sees the accredited ambassador visit Pyongyang in April 2007.
  const nz = (...rows: string[]) => timeline(rel('nzl-established-1', 'established', '2001-03-01'), rel('nzl-attested-1', 'attested', '2006-07-06'), ...rows);
  const suspended = rel('nzl-suspended-1', 'suspended', '2006', 'on', 'low');
  const seen = rel('nzl-attested-2', 'attested', '2007-04-02');
  const restoredLate = rel('nzl-restored-1', 'restored', '2007-11-20', 'on', 'low');
  it('is dropped: the ties stay in force through the time the account says they were cut', () => {
    const t = nz(suspended, seen, restoredLate);
    for (const day of ['2006-10-31', '2006-12-31', '2007-04-02', '2007-11-20', '2010-12-31']) expect(stateOn(t, day), day).toBe('open');
  });
  it('so is a weak break (not only a suspension) told the same way', () => {
    expect(stateOn(nz(rel('nzl-severed-1', 'severed', '2006', 'on', 'low'), seen, restoredLate), '2006-12-31')).toBe('open');
  });
  it('is still a doubt when the sighting is weak, or no restoration is reported at all', () => {
    expect(stateOn(nz(suspended, rel('nzl-attested-2', 'attested', '2007-04-02', 'on', 'low'), restoredLate), '2006-12-31')).toBe('unknown');
    expect(stateOn(nz(suspended, seen), '2006-12-31')).toBe('unknown');
  });
  it('is still a doubt when a restoration may come before the sighting: the account then fits it', () => {
    expect(stateOn(nz(suspended, rel('nzl-restored-2', 'restored', '2007-02', 'on', 'low'), seen), '2006-12-31')).toBe('unknown');
    expect(stateOn(nz(suspended, seen, rel('nzl-restored-2', 'restored', '2007', 'on', 'low')), '2006-12-31')).toBe('unknown');
  });
  it('is dropped when a year holds the dated restoration: "2007" and "2007-11-20" are one report (the real rows)', () => {
    expect(stateOn(nz(suspended, seen, restoredLate, rel('nzl-restored-2', 'restored', '2007', 'on', 'low')), '2006-12-31')).toBe('open');
  });
  it('is still a doubt when one restoration may precede the sighting and is no coarser report of the later one', () => {
    expect(stateOn(nz(suspended, rel('nzl-restored-2', 'restored', '2007-02', 'on', 'low'), seen, restoredLate), '2006-12-31')).toBe('unknown');
  });
  it('is still a doubt when the only restoration answers a later break or suspension, not this one', () => {
    const restored2012 = rel('nzl-restored-3', 'restored', '2012', 'on', 'low');
    expect(stateOn(nz(suspended, seen, rel('nzl-severed-2', 'severed', '2009'), restored2012), '2006-12-31')).toBe('unknown');
    expect(stateOn(nz(suspended, seen, rel('nzl-severed-2', 'severed', '2010-01-31', 'before'), restored2012), '2006-12-31')).toBe('unknown');
    expect(stateOn(nz(suspended, seen, rel('nzl-suspended-2', 'suspended', '2010'), restored2012), '2006-12-31')).toBe('unknown');
    expect(stateOn(nz(suspended, seen, rel('nzl-severed-2', 'severed', '2010', 'on', 'low'), restored2012), '2006-12-31')).toBe('unknown');
  });
  it('is still a doubt when the weak break is dated only by a bound ("before 2006-12-31")', () => {
    expect(stateOn(nz(rel('nzl-suspended-1', 'suspended', '2006-12-31', 'before', 'low'), seen, restoredLate), '2006-12-31')).toBe('unknown');
  });
  it('drops the restoration too: after an opening known only by a bound, the ties are not read as set up in November 2007', () => {
    const t = timeline(rel('nzl-established-1', 'established', '2000', 'after', 'low'), rel('nzl-attested-1', 'attested', '2006-07-06'), suspended, seen, restoredLate);
    for (const day of ['2006-12-31', '2007-06-30']) expect(stateOn(t, day), day).toBe('open');
  });
  it('is kept when a confident source reports the restoration: the break is then real', () => {
    expect(stateOn(nz(suspended, seen, rel('nzl-restored-1', 'restored', '2007-11-20')), '2006-12-31')).toBe('unknown');
  });
  it('a confident report of the break is a break, and the sighting then implies a restoration no one dates', () => {
    const t = nz(rel('nzl-severed-1', 'severed', '2006-10-20'), seen, restoredLate);
    expect(stateOn(t, '2006-10-20')).toBe('closed');
    expect(stateOn(t, '2006-12-31')).toBe('unknown');
    expect(stateOn(t, '2007-04-02')).toBe('open');
  });
});

describe('an embassy or consulate presumed open', () => {
  // Each mission is seen only in June 2020, so it is presumed open before; its host's ties bound
  // that presumption (Timeline.host). Hong Kong's are China's; a permanent mission is not bound.
  const mission = (id: string, iso3: string, name: string, type = 'embassy') => `${id},${iso3},${name},City,${type},high,`;
  const rel = (id: string, iso3: string, date: string) => `${id},${iso3},established,${date},on,s1,high,`;
  const model = (withRelations = true) => buildModel(recordFrom({
    'missions.csv': [mission('ukr-kyiv', 'UKR', 'Ukraine'), mission('zwe-harare', 'ZWE', 'Zimbabwe'), mission('lao-vientiane', 'LAO', 'Laos'),
      mission('hkg-hong-kong', 'HKG', 'Hong Kong', 'consulate_general'), mission('che-geneva-un', 'CHE', 'Switzerland', 'permanent_mission'),
      mission('nga-lagos', 'NGA', 'Nigeria'), mission('ago-luanda', 'AGO', 'Angola')],
    'mission_events.csv': [...['ukr-kyiv', 'zwe-harare', 'lao-vientiane', 'hkg-hong-kong', 'che-geneva-un', 'nga-lagos', 'ago-luanda'].map((m) => ev(`${m}-attested-open-1`, m, 'attested_open', '2020-06')),
      ev('nga-lagos-attested-open-2', 'nga-lagos', 'attested_open', '1970-05-15')],
    'relations.csv': withRelations ? ['UKR,Ukraine,state,yes,', 'ZWE,Zimbabwe,state,yes,', 'LAO,Laos,state,yes,', 'CHN,China,state,yes,', 'CHE,Switzerland,state,yes,', 'NGA,Nigeria,state,yes,'] : [],
    'relation_events.csv': withRelations ? [rel('ukr-established-1', 'UKR', '1992-01-31'), rel('zwe-established-1', 'ZWE', '1980-04-18'), rel('lao-established-1', 'LAO', '1974'),
      rel('chn-established-1', 'CHN', '1949-10-06'), rel('che-established-1', 'CHE', '1974-12-20'), rel('nga-established-1', 'NGA', '1976-05-25')] : [],
  }));
  const state = (m: ReturnType<typeof buildModel>, id: string, day: string) => stateOn(m.missions.find((x) => x.id === id)!.timeline, day);
  // [mission, day, state]
  const expectStates = (m: ReturnType<typeof buildModel>, cases: readonly (readonly [string, string, string])[]) => {
    for (const [id, day, want] of cases) expect(state(m, id, day), `${id} on ${day}`).toBe(want);
  };
  it('is closed before its host existed or had ties with the DPRK, and presumed from then on', () => {
    expectStates(model(), [
      ['ukr-kyiv', '1975-12-31', 'closed'], ['ukr-kyiv', '1991-12-31', 'closed'], ['ukr-kyiv', '1995-12-31', 'presumed'],
      ['zwe-harare', '1979-12-31', 'closed'], ['zwe-harare', '1980-12-31', 'presumed'],
      ['hkg-hong-kong', '1949-06-30', 'closed'], ['hkg-hong-kong', '1960-12-31', 'presumed'],
    ]);
  });
  it('is unknown while the ties themselves are, and open where a source sees it, whatever the ties', () => {
    expectStates(model(), [
      ['lao-vientiane', '1973-12-31', 'closed'], ['lao-vientiane', '1974-06-30', 'unknown'], ['lao-vientiane', '1975-12-31', 'presumed'],
      ['nga-lagos', '1970-05-15', 'open'], ['nga-lagos', '2020-06-15', 'open'],
    ]);
  });
  it('is not bound for a permanent mission to an international organisation, or a host the record does not hold', () => {
    const m = model();
    expect(state(m, 'che-geneva-un', '1960-12-31')).toBe('presumed');
    expect(state(m, 'ago-luanda', '1960-12-31')).toBe('presumed');
    expect(state(model(false), 'ukr-kyiv', '1975-12-31')).toBe('presumed');
  });
});

describe('a partner that became a state after the DPRK', () => {
  const rel = (id: string, partner: string, event: string, date: string, confidence = 'medium') => `${id},${partner},${event},${date},on,s1,${confidence},${confidence === 'low' ? 'Inferred: the date of the predecessor.' : ''}`;
  const model = buildModel(recordFrom({
    'relations.csv': ['SVN,Slovenia,state,yes,', 'SVK,Slovakia,state,yes,', 'CZE,Czechia,state,yes,'],
    'relation_events.csv': [
      rel('svn-established-1', 'SVN', 'established', '1948', 'low'),
      rel('svn-established-2', 'SVN', 'established', '1992-09'),
      rel('svk-established-1', 'SVK', 'established', '1948'),
      rel('svk-established-2', 'SVK', 'established', '1993-01-01'),
      rel('cze-established-1', 'CZE', 'established', '1948-10-21'),
    ],
  }));
  const t = (id: string) => model.partners.find((p) => p.id === id)!.timeline;
  it('has no relations before it existed, and a predecessor\'s date reads as ties inherited at statehood', () => {
    expect(stateOn(t('SVN'), '1990-12-31')).toBe('closed');
    expect(stateOn(t('SVN'), '1991-12-31')).toBe('unknown'); // inherited in June 1991, or set up in September 1992
    expect(stateOn(t('SVN'), '1992-12-31')).toBe('open');
    expect(stateOn(t('SVK'), '1992-12-31')).toBe('closed');
    expect(stateOn(t('SVK'), '1993-01-01')).toBe('open');
  });
  it('the state that continues the predecessor counts its ties once, from the start', () => {
    expect(stateOn(t('CZE'), '1990-12-31')).toBe('open');
    expect(countAt(model, 'relations_un_current', 'world', partialDate('1990-12-31'))).toMatchObject({ low: 1, high: 1 });
  });
});

describe('the series of open missions', () => {
  it('has a point on every day a mission can change, and none on a day only a partner changes', () => {
    const model = buildModel(recordFrom({
      'missions.csv': ['cub-havana,CUB,Cuba,Havana,embassy,high,'],
      'mission_events.csv': [ev('cub-havana-opened-1', 'cub-havana', 'opened', '1960-09-01'), ev('cub-havana-closed-1', 'cub-havana', 'closed', '2000-06-30')],
      'relations.csv': ['CUB,Cuba,state,yes,', 'PER,Peru,state,yes,'],
      'relation_events.csv': ['per-established-1,PER,established,1988-12-15,on,s1,high,'],
    }));
    expect(model.days).toContain('1988-12-15');
    const days = openMissions(model, '2001-12-31').filter((p) => p.point === 'event' && p.mission_type === 'all');
    expect(days.map((p) => p.date)).toEqual(['1960-09-01', '1960-09-02', '2000-06-30', '2000-07-01']);
    expect(days.map((p) => p.low)).toEqual([1, 1, 0, 0]);
  });
  it('has a point on the day the host\'s ties change a presumed embassy, and none on a sighting of them', () => {
    const model = buildModel(recordFrom({
      'missions.csv': ['chn-beijing,CHN,China,Beijing,embassy,high,', 'gin-conakry,GIN,Guinea,Conakry,embassy,high,'],
      'mission_events.csv': [ev('chn-beijing-opened-1', 'chn-beijing', 'opened', '1950-01-28'), ev('gin-conakry-closed-1', 'gin-conakry', 'closed', '2000-06-30')],
      'relations.csv': ['CHN,China,state,yes,', 'GIN,Guinea,state,yes,'],
      'relation_events.csv': ['gin-established-1,GIN,established,1958-10-08,on,s1,high,', 'gin-attested-1,GIN,attested,1980-05-01,on,s1,high,'],
    }));
    const days = openMissions(model, '2001-12-31').filter((p) => p.point === 'event' && p.mission_type === 'all');
    expect(days.map((p) => p.date)).toEqual(['1950-01-28', '1950-01-29', '1958-10-08', '2000-06-30', '2000-07-01']);
    expect(days.map((p) => p.high)).toEqual([1, 1, 2, 1, 1]);
  });
});
