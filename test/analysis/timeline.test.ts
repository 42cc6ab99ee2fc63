import { describe, expect, it } from 'vitest';
import { BEGINNING, END, buildTimeline, mergeReports, stateOn, type DatedEvent } from '../../src/analysis/timeline';

const on = (effect: DatedEvent['effect'], first: string, last = first): DatedEvent => ({ effect, earliest: first, latest: last });
const before = (effect: DatedEvent['effect'], last: string): DatedEvent => ({ effect, earliest: BEGINNING, latest: last });
const after = (effect: DatedEvent['effect'], first: string): DatedEvent => ({ effect, earliest: first, latest: END });

describe('merging reports of one transition', () => {
  it('two sources giving two closing days: the window covers both', () => {
    expect(mergeReports([on('close', '2023-10-25'), on('close', '2023-10-27')])).toEqual({ earliest: '2023-10-25', latest: '2023-10-27' });
  });
  it('a year narrowed by an "after" bound', () => {
    expect(mergeReports([on('open', '2015-01-01', '2015-12-31'), after('open', '2015-06-01')])).toEqual({ earliest: '2015-06-01', latest: '2015-12-31' });
  });
  it('bounds that contradict the dates widen the window instead of picking a side', () => {
    expect(mergeReports([on('open', '2015-01-01', '2015-12-31'), before('open', '2014-06-30')])).toEqual({ earliest: BEGINNING, latest: '2015-12-31' });
  });
  it('a bound that rules out one dated report but not another does not narrow the window', () => {
    // Jordan's reports as they stood until Dec 2026, when the dataset's "2017" was found to be weak
    // (see depth.test.ts): decided by and after 15 January 2018; decreed on 1 February.
    const jordan = [on('close', '2017-01-01', '2017-12-31'), before('close', '2018-01-15'), after('close', '2018-01-15'), on('close', '2018-02-01'), on('close', '2018-02-01', '2018-02-28')];
    expect(mergeReports(jordan)).toEqual({ earliest: '2017-01-01', latest: '2018-02-28' });
    // A bound that every dated report agrees with still narrows.
    expect(mergeReports([on('close', '2018-01-01', '2018-12-31'), before('close', '2018-02-01'), on('close', '2018-02-01')])).toEqual({ earliest: '2018-01-01', latest: '2018-02-01' });
  });
});

describe('the state of a mission on a day', () => {
  const angola = buildTimeline([on('open', '2013-01-01', '2013-12-31'), on('close', '2023-10-25'), on('close', '2023-10-27')]);
  it('is closed before its dated opening and open after it', () => {
    expect(stateOn(angola, '2012-06-01')).toBe('closed');
    expect(stateOn(angola, '2013-06-01')).toBe('unknown');
    expect(stateOn(angola, '2020-01-01')).toBe('open');
  });
  it('is unknown between conflicting closing dates and closed after both', () => {
    expect(stateOn(angola, '2023-10-24')).toBe('open');
    expect(stateOn(angola, '2023-10-26')).toBe('unknown');
    expect(stateOn(angola, '2023-10-28')).toBe('closed');
  });
  it('is presumed open before a closing when no opening is recorded', () => {
    const beijing = buildTimeline([on('attest', '2023-12-01', '2023-12-31')]);
    expect(stateOn(beijing, '1990-01-01')).toBe('presumed');
    expect(stateOn(beijing, '2023-12-15')).toBe('open');
    expect(stateOn(beijing, '2024-06-01')).toBe('open');
  });
  it('keeps a closing known only by its upper bound after the events before it', () => {
    const uganda = buildTimeline([on('open', '1972-01-01', '1972-12-31'), on('doubt', '2023-10-23'), before('close', '2023-12-05')]);
    expect(stateOn(uganda, '2000-01-01')).toBe('open');
    expect(stateOn(uganda, '2023-11-15')).toBe('unknown');
    expect(stateOn(uganda, '2023-12-06')).toBe('closed');
  });
  it('is unknown while suspended: some counters include such missions and some do not', () => {
    const lima = buildTimeline([on('doubt', '2017-12-01', '2017-12-31')]);
    expect(stateOn(lima, '2010-01-01')).toBe('presumed');
    expect(stateOn(lima, '2020-01-01')).toBe('unknown');
  });
  it('an entity with no dated event is unknown, or closed when told so', () => {
    expect(stateOn(buildTimeline([]), '2020-01-01')).toBe('unknown');
    expect(stateOn(buildTimeline([], 'closed'), '2020-01-01')).toBe('closed');
  });
  it('an attestation inside an opening window proves the opening by then', () => {
    const t = buildTimeline([before('open', '2016-12-31'), on('attest', '2015-03-01', '2015-03-31')]);
    expect(stateOn(t, '2014-01-01')).toBe('unknown');
    expect(stateOn(t, '2015-06-01')).toBe('open');
  });
});

describe('an attestation after a closure', () => {
  it('implies a reopening: unknown between the closure and the attestation, open from it on', () => {
    const t = buildTimeline([
      { effect: 'close', earliest: '1998-01-01', latest: '1998-12-31' },
      { effect: 'attest', earliest: '2019-11-01', latest: '2019-11-30' },
    ]);
    expect(stateOn(t, '1990-06-01')).toBe('presumed');
    expect(stateOn(t, '2005-06-01')).toBe('unknown');
    expect(stateOn(t, '2019-11-15')).toBe('open');
    expect(stateOn(t, '2023-01-01')).toBe('open');
  });
  it('narrows a closing window that an attestation falls inside', () => {
    const t = buildTimeline([
      { effect: 'close', earliest: '0000-01-01', latest: '2023-11-30' },
      { effect: 'attest', earliest: '2017-09-01', latest: '2017-09-30' },
    ]);
    expect(stateOn(t, '2010-01-01')).toBe('presumed');
    expect(stateOn(t, '2020-01-01')).toBe('unknown');
    expect(stateOn(t, '2024-01-01')).toBe('closed');
  });
});

describe('a sighting that may fall on either side of a change', () => {
  // A sighting inside a closing window proves the closing came after it, and one inside a
  // reopening window proves the reopening came before it, only when the sighting surely falls
  // between the change and its neighbour. Read both ways, one sighting would put the reopening
  // before the closing it answers.
  it('does not date a reopening that must follow a closing the sighting may precede', () => {
    const t = buildTimeline([on('open', '1980-01-01', '1980-12-31'), on('close', '1990-01-01', '1999-12-31'), on('open', '1995-01-01', '2005-12-31'), on('attest', '1997-06-01')]);
    expect(stateOn(t, '1997-06-01')).toBe('open');
    expect(stateOn(t, '1998-06-01')).toBe('unknown');
    expect(stateOn(t, '2003-06-01')).toBe('unknown');
    expect(stateOn(t, '2006-06-01')).toBe('open');
  });
  it('a year-dated sighting that may precede a dated break leaves the state after it closed', () => {
    // Iraq: ties from 1968, broken on 1980-10-10; a dataset attests them "in 1980". Until Dec 2026
    // the end of 1980 read unknown, though the sighting fits before the break.
    const t = buildTimeline([on('open', '1968-01-30'), on('close', '1980-10-10'), on('attest', '1980-01-01', '1980-12-31')], 'closed', false);
    expect(stateOn(t, '1980-06-30')).toBe('open');
    expect(stateOn(t, '1980-12-31')).toBe('closed');
    // A confident sighting that surely follows the break implies a restoration (open from it on);
    // a weak one is still a doubt.
    const later = buildTimeline([on('open', '1968-01-30'), on('close', '1980-10-10'), on('attest', '1980-11-01', '1981-12-31')], 'closed', false);
    expect(stateOn(later, '1980-10-20')).toBe('unknown');
    expect(stateOn(later, '1980-12-31')).toBe('open');
    const weakLater = buildTimeline([on('open', '1968-01-30'), on('close', '1980-10-10'), { ...on('attest', '1981-01-01', '1981-12-31'), weak: true }], 'closed', false);
    expect(stateOn(weakLater, '1981-12-31')).toBe('unknown');
    // A sighting on the day of the break fits it: the state is that at the end of the day.
    const sameDay = buildTimeline([on('open', '1968-01-30'), on('close', '1980-10-10'), on('attest', '1980-10-10', '1980-10-11')], 'closed', false);
    expect(stateOn(sameDay, '1980-10-11')).toBe('closed');
  });
  it('a break bounded only from below is the same break as a dated one it may fall in, whatever sightings follow', () => {
    // Sri Lanka: ties of 15 Jul 1970; a weak "broken in 1971" and a confident "broken after the
    // accusation of 15 Apr 1971"; ties seen again in 1975. Until Dec 2026 the later sighting split
    // the two reports into two breaks, and 1972-74 read unknown.
    const t = buildTimeline([
      on('open', '1970-07-15'),
      { ...on('close', '1971-01-01', '1971-12-31'), weak: true },
      after('close', '1971-04-15'),
      on('open', '1975-01-01', '1975-12-31'),
      on('attest', '1975-01-01', '1975-12-31'),
    ], 'closed', false);
    expect(stateOn(t, '1971-03-31')).toBe('open');
    expect(stateOn(t, '1972-12-31')).toBe('closed');
    // A sighting before the bound still makes it a second break.
    const twice = buildTimeline([on('open', '1970-07-15'), on('close', '1971-01-01', '1971-12-31'), on('attest', '1973-06-01'), after('close', '1974-01-01')], 'closed', false);
    expect(stateOn(twice, '1973-06-01')).toBe('open');
  });
  it('a year-dated sighting that may precede a break or a doubt settles nothing after it', () => {
    // Within the window of a reopening that a later sighting implies: Australia, cut by November
    // 1975, seen "in 1975" and said in January 1979 to have kept its ties. Until Dec 2026 December
    // 1975 read open.
    const aus = buildTimeline([on('open', '1974-07-31'), on('close', '1975-01-01', '1975-12-31'), before('close', '1975-11-30'), on('attest', '1975-01-01', '1975-12-31'), on('attest', '1979-01-11')], 'closed', false);
    expect(stateOn(aus, '1975-06-30')).toBe('open');
    expect(stateOn(aus, '1975-12-31')).toBe('unknown');
    expect(stateOn(aus, '1979-01-11')).toBe('open');
    // After a doubt (a break and a suspension reported for one year): Nicaragua, 1990.
    const nic = buildTimeline([on('open', '1979-08-21'), on('close', '1990-01-01', '1990-12-31'), on('doubt', '1990-01-01', '1990-12-31'), on('attest', '1990-01-01', '1990-12-31')], 'closed', false);
    expect(stateOn(nic, '1990-12-31')).toBe('unknown');
    // After a weak break: Kuwait, "broken off" by 2 February 2018 in one weak report, seen "in 2018".
    const kwt = buildTimeline([on('open', '1975-01-01'), { ...before('close', '2018-02-02'), weak: true }, on('attest', '2017-12-20'), on('attest', '2018-01-01', '2018-12-31'), on('attest', '2019-01-01', '2019-12-31')], 'closed', false);
    expect(stateOn(kwt, '2018-12-31')).toBe('unknown');
    expect(stateOn(kwt, '2019-12-31')).toBe('open');
    // One that surely follows the doubt still settles it.
    const later = buildTimeline([on('open', '1979-08-21'), on('doubt', '1990-01-01', '1990-12-31'), on('attest', '1991-03-01')], 'closed', false);
    expect(stateOn(later, '1991-12-31')).toBe('open');
  });
  it('a confident sighting before the first reported opening leaves the state unknown from it to that opening', () => {
    // Conakry: a resident DPRK ambassador in Guinea on 1964-12-24; the embassy reported set up in 1969.
    const mission = buildTimeline([on('attest', '1964-12-24'), on('open', '1969-01-01', '1969-12-31')]);
    expect(stateOn(mission, '1963-12-31')).toBe('presumed');
    expect(stateOn(mission, '1964-12-24')).toBe('open');
    expect(stateOn(mission, '1966-12-31')).toBe('unknown');
    expect(stateOn(mission, '1969-12-31')).toBe('open');
    // A relationship is unknown, not presumed, before such a sighting; a weak sighting changes nothing.
    const ties = buildTimeline([on('attest', '1964-12-24'), on('open', '1969-01-01', '1969-12-31')], 'closed', false);
    expect(stateOn(ties, '1963-12-31')).toBe('unknown');
    expect(stateOn(ties, '1966-12-31')).toBe('unknown');
    const weak = buildTimeline([{ ...on('attest', '1964-12-24'), weak: true }, on('open', '1969-01-01', '1969-12-31')]);
    expect(stateOn(weak, '1966-12-31')).toBe('closed');
  });
  it('a year-dated absence that may precede a dated opening leaves the state after it open', () => {
    // "No ties in 1975" and ties set up on 1975-11-08: at the end of 1975 the ties stand.
    const t = buildTimeline([on('absent', '1975-01-01', '1975-12-31'), on('open', '1975-11-08')], 'closed', false);
    expect(stateOn(t, '1975-12-31')).toBe('open');
    // One that surely follows the opening implies a break (closed from it on).
    const later = buildTimeline([on('open', '1975-11-08'), on('absent', '1976-01-01', '1976-12-31')], 'closed', false);
    expect(stateOn(later, '1975-12-31')).toBe('unknown');
    expect(stateOn(later, '1976-06-30')).toBe('closed');
  });
  it('keeps a weak suspension and its conflicting restorations in order', () => {
    // Ties from 2001; a weak suspension "in 2006" with a confident sighting inside that year; weak
    // restorations "before 2007-06-30" and "on 2007-11-20" that contradict each other; a confident
    // sighting in April 2007. Until Dec 2026 the end of 2006 read open.
    const t = buildTimeline([
      on('open', '2001-01-01', '2001-12-31'),
      on('attest', '2006-07-06'),
      on('attest', '2007-04-02'),
      { ...on('doubt', '2006-01-01', '2006-12-31'), weak: true },
      { ...before('open', '2007-06-30'), weak: true },
      { ...on('open', '2007-11-20'), weak: true },
    ], 'closed', false);
    expect(stateOn(t, '2006-07-06')).toBe('open');
    expect(stateOn(t, '2006-12-31')).toBe('unknown');
    expect(stateOn(t, '2007-04-02')).toBe('open');
    expect(stateOn(t, '2007-12-31')).toBe('open');
  });
});

describe('a dated source saying the entity was not there', () => {
  it('inside an opening window dates the opening after it', () => {
    // An embassy reopened "in 2001" (one report) or in May 2002 (others); officials said on
    // 2 April 2002 it would open within weeks.
    const t = buildTimeline([on('open', '1974-12-31'), on('close', '1975-10-30'), on('open', '2001-01-01', '2001-12-31'), on('open', '2002-05-01', '2002-05-31'), on('absent', '2002-04-02')]);
    expect(stateOn(t, '2001-12-31')).toBe('closed');
    expect(stateOn(t, '2002-04-30')).toBe('unknown');
    expect(stateOn(t, '2002-06-01')).toBe('open');
  });
  it('inside a closing window dates the closing by then', () => {
    const t = buildTimeline([on('open', '1980-01-01'), on('close', '1990-01-01', '1999-12-31'), on('absent', '1994-06-01')]);
    expect(stateOn(t, '1993-12-31')).toBe('unknown');
    expect(stateOn(t, '1995-12-31')).toBe('closed');
  });
  it('dates ties "set up" earlier after a contemporary statement that there were none', () => {
    // Guinea: ties counted from October 1958 by later accounts, from 1960 by others; the DPRK's
    // deputy foreign minister said on 19 May 1960 that none had been set up.
    const t = buildTimeline([on('open', '1958-10-08'), on('open', '1960-01-01', '1960-12-31'), on('absent', '1960-05-19'), on('attest', '1964-12-24')], 'closed', false);
    expect(stateOn(t, '1959-12-31')).toBe('closed');
    expect(stateOn(t, '1960-06-30')).toBe('unknown');
    expect(stateOn(t, '1960-12-31')).toBe('open');
  });
  it('a weak one, or one that may precede the closing before the reopening, narrows nothing', () => {
    const weak = buildTimeline([on('open', '1974-12-31'), on('close', '1975-10-30'), on('open', '2001-01-01', '2002-05-31'), { ...on('absent', '2002-04-02'), weak: true }]);
    expect(stateOn(weak, '2001-12-31')).toBe('unknown');
    const early = buildTimeline([on('open', '1980-01-01'), on('close', '1990-01-01', '1995-12-31'), on('open', '1993-01-01', '2000-12-31'), on('absent', '1994-06-01')]);
    expect(stateOn(early, '1996-12-31')).toBe('unknown');
  });
});

describe('a closing that only weak sources report', () => {
  it('leaves the state unknown; one confident report of the same change makes it a closing', () => {
    const weak = { effect: 'close' as const, earliest: '2017-10-01', latest: '2017-10-31', weak: true };
    expect(stateOn(buildTimeline([weak]), '2019-01-01')).toBe('unknown');
    expect(stateOn(buildTimeline([weak, { effect: 'close', earliest: '2017-10-15', latest: '2017-10-15' }]), '2019-01-01')).toBe('closed');
  });
});

describe('an opening that only weak sources report', () => {
  const weak = (e: DatedEvent): DatedEvent => ({ ...e, weak: true });
  it('settles nothing: closed before it, unknown after it until a confident sighting, open from that', () => {
    // Portugal's ties: only weak rows date them (1975); the first confident sighting is of 1978.
    const t = buildTimeline([weak(on('open', '1975-04-22')), on('attest', '1978-03-01')], 'closed', false);
    expect(stateOn(t, '1974-12-31')).toBe('closed');
    expect(stateOn(t, '1975-12-31')).toBe('unknown');
    expect(stateOn(t, '1978-02-28')).toBe('unknown');
    expect(stateOn(t, '1978-12-31')).toBe('open');
  });
  it('stays unknown with no confident sighting after it, as after a weak break', () => {
    const t = buildTimeline([weak(on('open', '1976-03-16')), weak(on('attest', '2017-10-01', '2017-10-31'))], 'closed', false);
    expect(stateOn(t, '1975-12-31')).toBe('closed');
    expect(stateOn(t, '2020-12-31')).toBe('unknown');
  });
  it('is confirmed by a confident sighting in its window', () => {
    // Sri Lanka: a weak "restored 1975" and a dataset seeing the ties in 1975.
    const t = buildTimeline([on('open', '1970-07-15'), on('close', '1971-04-15'), weak(on('open', '1975-01-01', '1975-12-31')), on('attest', '1975-01-01', '1975-12-31')], 'closed', false);
    expect(stateOn(t, '1975-12-31')).toBe('open');
    expect(stateOn(t, '1980-12-31')).toBe('open');
  });
  it('a weak restoration does not settle a weak suspension', () => {
    // Indonesia: a weak "suspended after 1965" and a weak "restored 1972"; seen again in 1975.
    const t = buildTimeline([on('open', '1964-04-16'), weak(after('doubt', '1965-01-01')), weak(on('open', '1972-01-01', '1972-12-31')), on('attest', '1975-01-01', '1975-12-31')], 'closed', false);
    expect(stateOn(t, '1973-12-31')).toBe('unknown');
    expect(stateOn(t, '1975-12-31')).toBe('open');
  });
  it('a confident source saying there were no ties, before any confident sighting, closes from its day', () => {
    // Singapore: a weak "1969"; "no relations" on 1975-07-15 (a US cable); ties of 8 Nov 1975,
    // seen in November 1975 by the embassy's opening.
    const t = buildTimeline([weak(on('open', '1969-01-01', '1969-12-31')), on('absent', '1975-07-15'), on('attest', '1975-11-01', '1975-11-30'), on('open', '1975-11-08')], 'closed', false);
    expect(stateOn(t, '1970-12-31')).toBe('unknown');
    expect(stateOn(t, '1975-07-15')).toBe('closed');
    expect(stateOn(t, '1975-12-31')).toBe('open');
  });
  it('with no confident opening after it, a confident absence closes it and a later sighting implies a reopening', () => {
    const t = buildTimeline([weak(on('open', '1969-01-01', '1969-12-31')), on('absent', '1972-05-01'), on('attest', '1980-06-01')], 'closed', false);
    expect(stateOn(t, '1970-12-31')).toBe('unknown');
    expect(stateOn(t, '1972-05-01')).toBe('closed');
    expect(stateOn(t, '1975-12-31')).toBe('unknown');
    expect(stateOn(t, '1980-12-31')).toBe('open');
  });
  it('one confident report of the same opening makes it an opening', () => {
    const t = buildTimeline([weak(on('open', '1975-02-01', '1975-02-28')), on('open', '1975-04-22')], 'closed', false);
    expect(stateOn(t, '1975-12-31')).toBe('open');
  });
  it('after ties already in force changes nothing', () => {
    // A weak "before 2000-07-12" establishment, inferred from a count, for ties set up in 1964.
    const t = buildTimeline([on('open', '1964-12-28'), weak(before('open', '2000-07-12'))], 'closed', false);
    expect(stateOn(t, '1990-12-31')).toBe('open');
    expect(stateOn(t, '2001-12-31')).toBe('open');
  });
  it('for a mission, is closed (not presumed) before it', () => {
    const t = buildTimeline([weak(on('open', '1975-11-08')), on('attest', '1980-06-01')]);
    expect(stateOn(t, '1975-01-01')).toBe('closed');
    expect(stateOn(t, '1977-01-01')).toBe('unknown');
    expect(stateOn(t, '1981-01-01')).toBe('open');
  });
});

describe('the reopening implied by attestations after a closure', () => {
  it('is bounded by the earliest of them, whatever order the rows come in', () => {
    const closed = { effect: 'close' as const, earliest: '1998-01-01', latest: '1998-12-31' };
    const late = { effect: 'attest' as const, earliest: '2023-12-01', latest: '2023-12-31' };
    const early = { effect: 'attest' as const, earliest: '2007-07-24', latest: '2007-07-24' };
    for (const order of [[closed, late, early], [closed, early, late]]) {
      const t = buildTimeline(order);
      expect(stateOn(t, '2003-01-01')).toBe('unknown');
      expect(stateOn(t, '2017-12-31')).toBe('open');
    }
  });
});

describe('the state at the end of a day', () => {
  it('a change dated only by its year is done by that year\'s last day, and unknown on the day before', () => {
    const t = buildTimeline([on('open', '1991-01-01', '1991-12-31')]);
    expect(stateOn(t, '1990-12-31')).toBe('closed');
    expect(stateOn(t, '1991-12-30')).toBe('unknown');
    expect(stateOn(t, '1991-12-31')).toBe('open');
  });
  it('a change dated to the day holds on that day', () => {
    const t = buildTimeline([on('open', '1975-05-12'), on('close', '2024-01-30')]);
    expect(stateOn(t, '1975-05-11')).toBe('closed');
    expect(stateOn(t, '1975-05-12')).toBe('open');
    expect(stateOn(t, '2024-01-29')).toBe('open');
    expect(stateOn(t, '2024-01-30')).toBe('closed');
  });
});

describe('a closure announced "before" a date', () => {
  // Lisbon: opened 1978; on 1995-04-03 Seoul reported a recent decision to close it; closed in 1995.
  const lisbon = [on('open', '1978-01-01', '1978-12-31'), before('doubt', '1995-04-03'), on('close', '1995-01-01', '1995-12-31')];
  it('is part of a dated closing whose window reaches that date, not a doubt back to the opening', () => {
    for (const order of [lisbon, [...lisbon].reverse()]) {
      const t = buildTimeline(order);
      expect(stateOn(t, '1990-06-30')).toBe('open');
      expect(stateOn(t, '1995-06-30')).toBe('unknown');
      expect(stateOn(t, '1996-06-30')).toBe('closed');
    }
  });
  it('stays a doubt when no closing reaches it', () => {
    const t = buildTimeline([on('open', '1978-01-01', '1978-12-31'), before('doubt', '1995-04-03'), on('close', '1999-01-01', '1999-12-31')]);
    expect(stateOn(t, '1990-06-30')).toBe('unknown');
    expect(stateOn(t, '2000-06-30')).toBe('closed');
  });
  it('a dated doubt keeps bounding the closing that follows it', () => {
    const t = buildTimeline([on('open', '1972-01-01', '1972-12-31'), on('doubt', '2023-10-23'), before('close', '2023-12-05')]);
    expect(stateOn(t, '2023-10-22')).toBe('open');
    expect(stateOn(t, '2023-11-15')).toBe('unknown');
  });
});

describe('a break and a suspension reported for the same year', () => {
  // Burkina Faso, 2017: three sources say ties were cut, one that they were only suspended.
  const year = (effect: DatedEvent['effect']) => on(effect, '2017-01-01', '2017-12-31');
  it('leave the state unknown, whatever the order of their rows', () => {
    for (const reports of [[year('close'), year('doubt'), year('close')], [year('doubt'), year('close'), year('close')]]) {
      const t = buildTimeline([on('open', '1972-01-01', '1972-12-31'), ...reports, on('open', '2023-03-29', '2023-03-30')]);
      expect(stateOn(t, '2016-12-31')).toBe('open');
      expect(stateOn(t, '2018-12-31')).toBe('unknown');
      expect(stateOn(t, '2023-12-31')).toBe('open');
    }
  });
});

describe('two closings with an attestation between them', () => {
  // Windhoek: closed 1994; an ambassador resident there presents credentials in 2003; closed before 2008-03.
  const events = [on('close', '1994-01-01', '1994-12-31'), { effect: 'attest' as const, earliest: '2003-01-29', latest: '2003-01-29' }, before('close', '2008-03-31')];
  it('are two closings with a reopening between, not two reports of one', () => {
    const t = buildTimeline(events);
    expect(t.transitions.map((x) => x.to)).toEqual(['closed', 'open', 'closed']);
    expect(stateOn(t, '1996-01-01')).toBe('unknown');
    expect(stateOn(t, '2003-01-29')).toBe('open');
    expect(stateOn(t, '2005-01-01')).toBe('unknown');
    expect(stateOn(t, '2009-01-01')).toBe('closed');
  });
  it('a weak attestation does not split them', () => {
    const t = buildTimeline(events.map((e) => (e.effect === 'attest' ? { ...e, weak: true } : e)));
    expect(t.transitions.map((x) => x.to)).toEqual(['closed']);
  });
});

describe('a sighting dated only by the year ties were restored', () => {
  it('is explained by the restoration, not by an earlier reopening', () => {
    // Germany: GDR ties end 1990-10-03; the Federal Republic sets up ties 2001-03-01; embassy seen "in 2001".
    const t = buildTimeline([on('open', '1949-01-01', '1949-12-31'), on('close', '1990-10-03'), on('open', '2001-03-01'), on('attest', '2001-01-01', '2001-12-31')]);
    expect(stateOn(t, '1995-12-31')).toBe('closed');
    expect(stateOn(t, '2001-12-31')).toBe('open');
  });
});

describe('a weak sighting on the day', () => {
  const weakSeen = (first: string, last = first): DatedEvent => ({ effect: 'attest', earliest: first, latest: last, weak: true });
  it('does not settle a doubt: a year-dated inference in the year of a reported suspension leaves the year end unknown', () => {
    // New Zealand: a weak "froze relations in 2015" and an inferred "also ambassador to the North" of 2015.
    const t = buildTimeline([on('open', '2001-03-01'), { ...on('doubt', '2015-01-01', '2015-12-31'), weak: true }, weakSeen('2015-01-01', '2015-12-31'), on('attest', '2018-08-01')]);
    expect(stateOn(t, '2015-12-31')).toBe('unknown');
    expect(stateOn(t, '2016-12-31')).toBe('unknown');
    expect(stateOn(t, '2018-08-01')).toBe('open');
  });
  it('a confident one does', () => {
    const t = buildTimeline([on('open', '2001-03-01'), { ...on('doubt', '2015-01-01', '2015-12-31'), weak: true }, on('attest', '2015-12-31')]);
    expect(stateOn(t, '2015-12-31')).toBe('open');
  });
  it('still dates a relationship first seen by it, on its day as after it', () => {
    const t = buildTimeline([weakSeen('2002-01-01', '2002-12-31')], 'unknown', false);
    expect(stateOn(t, '2002-12-31')).toBe('open');
    expect(stateOn(t, '2003-01-01')).toBe('open');
  });
  it('still counts where nothing is in doubt: presumed, open, or a conflict with a closing', () => {
    expect(stateOn(buildTimeline([weakSeen('2002-01-01', '2002-12-31'), on('attest', '2009-06-01')]), '2002-12-31')).toBe('open');
    expect(stateOn(buildTimeline([on('close', '1998-05-01'), weakSeen('2002-01-01', '2002-12-31')]), '2002-12-31')).toBe('unknown');
  });
});

describe('a source saying there were no relations', () => {
  const absent = (first: string, last = first): DatedEvent => ({ effect: 'absent', earliest: first, latest: last });
  it('dates the state of a partner that never had ties, without changing it', () => {
    const t = buildTimeline([absent('2017-10-01', '2017-10-31')], 'closed', false);
    expect(t.absences).toHaveLength(1);
    expect(stateOn(t, '1990-12-31')).toBe('closed');
    expect(stateOn(t, '2017-10-15')).toBe('closed');
  });
  it('after ties and a sighting, implies a break between the last sign of ties and the absence', () => {
    const t = buildTimeline([on('open', '1970-11-16'), on('attest', '2001-09-20'), absent('2016-09-01', '2016-09-30')], 'closed', false);
    expect(stateOn(t, '2000-12-31')).toBe('open');
    expect(stateOn(t, '2001-09-20')).toBe('open');
    expect(stateOn(t, '2010-12-31')).toBe('unknown');
    expect(stateOn(t, '2016-12-31')).toBe('closed');
  });
  it('a weak one implies nothing', () => {
    const t = buildTimeline([on('open', '1970-11-16'), { ...absent('2016-09-01'), weak: true }], 'closed', false);
    expect(stateOn(t, '2016-12-31')).toBe('open');
  });
});

describe('an absence known only by a bound', () => {
  it('("none, listed before 2016-09") neither implies a break nor contradicts a sighting', () => {
    const t = buildTimeline([on('attest', '1990-01-01', '1990-12-31'), before('absent', '2016-09-30')], 'closed', false);
    expect(t.transitions).toEqual([]);
    expect(stateOn(t, '1995-12-31')).toBe('open');
    expect(t.absences).toHaveLength(1);
  });
});

describe('a relationship known only from sightings', () => {
  it('is unknown before the first one and open from it on, where a mission would be presumed', () => {
    const seen = [on('attest', '1985-01-01', '1985-12-31'), on('attest', '1990-01-01', '1990-12-31')];
    const ties = buildTimeline(seen, 'closed', false);
    expect(stateOn(ties, '1970-12-31')).toBe('unknown');
    expect(stateOn(ties, '1987-12-31')).toBe('open');
    expect(stateOn(buildTimeline(seen), '1970-12-31')).toBe('presumed');
  });
});
