// The state of one mission (or one relationship) on any day, from its dated events. Pure.
//
//   events ──group same-kind neighbours──> transitions, each with a window [earliest, latest]
//          ──walk windows──> state on a day: open | presumed | unknown | closed
//
// Rules (documented in README "How counts are made"):
// - An event's window is its date's interval ("on"), open-ended before ("before") or after
//   ("after"). Adjacent events of the same kind are reports of one transition (e.g. two sources
//   give two closing dates): the window is the hull of the dated reports, narrowed by the
//   before/after bounds that agree with every dated report (see mergeReports), so a conflict
//   widens the answer.
// - Inside a transition window the state is unknown unless it is the same before and after. A
//   state is the state at the end of the day: on the last day of a window the change is done.
// - A closure announced "before" a date, with a dated closing whose window reaches that date, is
//   part of that closing, not a separate doubt.
// - Before the first event: closed if the first transition is an opening; otherwise the entity
//   is presumed open (long-standing embassies whose opening date no source gives).
//   An embassy or consulate is presumed open only while the DPRK has ties with its host
//   (Timeline.host): closed while there are none, unknown while their state is.
// - After an opening or an attestation, open until the next transition (the record persists).
// - Reports of one kind in a row are one change unless a confident sighting falls between them
//   (see reopenedBetween; a report bounded only from below is bounded by that lower bound).
// - An attestation after a closure with no reopening implies one: unknown between the two.
//   A sighting that may fall on or before the closure's last day does not contradict it (a year-
//   dated sighting of the year of a dated break), nor does an absence that may precede an opening.
// - "suspended" and "closure_announced" (missions) and "suspended"/"disputed" (relations) make
//   the state unknown: some counters include such entities and some do not.
// - A source saying there were no relations, or that a mission was not open ("absent"), after an
//   opening or a sighting implies a break between the two, as an attestation after a closure
//   implies a reopening; inside the window of a change it narrows it, as a sighting does.
// - A break of relations that only low-confidence rows report makes the state unknown too, and a
//   low-confidence attestation (an inference) neither implies a restoration, nor narrows a window,
//   nor settles a doubt on its own day.
// - Likewise an opening (a first one, or one after a closing or a doubt) that only low-confidence
//   rows report settles nothing: the state is unknown from its window until a confident sighting,
//   or stays unknown (closed from a confident absence, if one comes first).
// - Unless it is a lowering misread: a weak report of a break or suspension whose window holds the
//   day a confident source says the ties were only lowered reports that lowering, and is dropped.
// - And unless it is a stale report: a weak report of a break dated only "before D", for ties a
//   confident row says were cut before D, and seen by a confident source after D with no
//   restoration reported since, is a late report of that break, and is dropped.
// - And unless it is an early report: a dated weak report of a break, followed by a confident
//   sighting of the ties and then a confident break, with no restoration reported in between, is
//   that later break dated early, and is dropped.
// - And unless it is a refuted account: a weak report of a break or suspension whose restorations
//   only weak rows report, each dated after a confident sighting of the ties (or a coarser report
//   of one that is), is dropped with them: the sighting falls in the time the account says the
//   ties were cut.
import { addDays } from '../dates';

export type State = 'open' | 'presumed' | 'unknown' | 'closed';
export type Effect = 'open' | 'close' | 'doubt' | 'attest' | 'absent' | 'none';

export interface DatedEvent {
  readonly effect: Effect;
  readonly earliest: string; // ISO day, or '0000-01-01' when unbounded
  readonly latest: string; // ISO day, or '9999-12-31' when unbounded
  /** Reported only by a weak source (confidence low): see buildTimeline. */
  readonly weak?: boolean;
  /** A sighting that says the ties were lowered that day, not cut (relations' `downgraded`). */
  readonly lowered?: boolean;
}

export const BEGINNING = '0000-01-01';
export const END = '9999-12-31';

interface Transition {
  to: 'open' | 'closed' | 'unknown';
  /** An opening that only weak rows report: settled only by a confident sighting. */
  readonly weak?: boolean;
  earliest: string;
  latest: string;
}

export interface Timeline {
  readonly transitions: readonly Transition[];
  readonly attestations: readonly { earliest: string; latest: string; weak?: boolean }[];
  /** Days a source says the entity did not exist (no relations): see buildTimeline. */
  readonly absences: readonly { earliest: string; latest: string; weak?: boolean }[];
  readonly initial: 'closed' | 'presumed' | 'unknown';
  /** The day a partner state came into being (src/load/state-since.ts): closed before it. */
  readonly since?: string;
  /**
   * A mission's host relationship: an embassy or consulate presumed open is closed while the DPRK
   * has no ties with its host, and unknown while those ties are. Evidence is not bounded: an
   * embassy seen open stays open whatever the relations' record says (a conflict the data show).
   */
  readonly host?: Timeline;
}

const TO: Record<'open' | 'close' | 'doubt', Transition['to']> = { open: 'open', close: 'closed', doubt: 'unknown' };
const KIND_ORDER: Partial<Record<Effect, number>> = { open: 0, close: 1, doubt: 2 };

export function window(date: { first: string; last: string }, qualifier: 'on' | 'before' | 'after'): { earliest: string; latest: string } {
  if (qualifier === 'before') return { earliest: BEGINNING, latest: date.last };
  if (qualifier === 'after') return { earliest: date.first, latest: END };
  return { earliest: date.first, latest: date.last };
}

/**
 * Several reports of one transition: dated reports ("on") disagree only within their hull, and
 * bounds ("before", "after") narrow it. When a bound contradicts a dated report, keep the wider
 * window: a conflict must widen the answer, never pick a side.
 */
export function mergeReports(reports: readonly DatedEvent[]): { earliest: string; latest: string } {
  const dated = reports.filter((r) => r.earliest !== BEGINNING && r.latest !== END);
  let earliest = dated.length ? dated.reduce((m, r) => (r.earliest < m ? r.earliest : m), END) : BEGINNING;
  let latest = dated.length ? dated.reduce((m, r) => (r.latest > m ? r.latest : m), BEGINNING) : END;
  for (const r of reports) {
    if (r.latest !== END && r.earliest !== BEGINNING) continue; // a dated report
    // A bound that rules out some of the dated reports but not all of them is one side of a
    // conflict, so it does not narrow the hull (Jordan's break: "2017" in one dataset, decided by
    // and after 15 January 2018, decreed on 1 February 2018). One that rules out all of them is
    // handled below, with bounds that contradict each other.
    const allowed = dated.filter((d) => (r.latest === END ? d.latest >= r.earliest : d.earliest <= r.latest));
    if (allowed.length > 0 && allowed.length < dated.length) continue;
    if (r.latest === END && r.earliest > earliest) earliest = r.earliest; // "after"
    if (r.earliest === BEGINNING && r.latest < latest) latest = r.latest; // "before"
  }
  if (earliest > latest) {
    earliest = reports.reduce((m, r) => (r.earliest < m ? r.earliest : m), END);
    latest = reports.reduce((m, r) => (r.latest > m ? r.latest : m), BEGINNING);
  }
  return { earliest, latest };
}

/** The one bound a report is sure of, to order reports by: a "before" report's upper bound. */
export const anchor = (e: { earliest: string; latest: string }): string => (e.earliest !== BEGINNING ? e.earliest : e.latest);

/**
 * `withoutEvents`: the state of an entity of which nothing dated is known. `presume`: whether
 * an entity is presumed open before its first recorded change or sighting. Missions are (an
 * embassy suspended in 2017 or first seen in 1967 existed before); relationships are only
 * before a break: one first "disputed" in 1994 did not exist before, and one first seen in 1985
 * is unknown before.
 */
export function buildTimeline(events: readonly DatedEvent[], withoutEvents: 'closed' | 'unknown' = 'unknown', presume = true, since?: string): Timeline {
  const given = events;
  if (since) events = events.map((e) => fromStatehood(e, since));
  const cut = (e: DatedEvent) => e.effect === 'close' || e.effect === 'doubt'; // a break or a suspension
  // Weak reports of a break (or suspension) whose window holds the day a confident source says the
  // ties were only lowered are that lowering, misreported: the UAE ended its envoys' missions on
  // 2017-10-12 and some papers called it a break that day. A "before D" report counts when the
  // lowering is the last confident word on the ties before D (nothing confident dated between
  // them, so a real later break is not dropped); an "after D" one places nothing and never counts.
  const lowerings = events.filter((e) => e.lowered && !e.weak);
  const saidBetween = (from: string, to: string) => events.some((x) => !x.weak && x.earliest > from && x.latest <= to);
  const misread = (e: DatedEvent) => e.weak === true && cut(e) && e.latest !== END &&
    lowerings.some((d) => e.earliest <= d.earliest && d.latest <= e.latest && (e.earliest !== BEGINNING || !saidBetween(d.latest, e.latest)));
  // A break that weak rows date only as "before D", for ties that a confident row says were cut
  // before D, is a late report of that break by a page that missed the restoration, not a second
  // break, when a confident source sees the ties after D and no restoration is reported after D:
  // Chile's ties, cut in 1973 and restored in 1992, are "terminated" in 2016 lists that copy one
  // older list and date nothing, and Chile's minister said in 2017 that they were kept. The
  // state's own breaks only: a predecessor's, dated before statehood, is not this state's.
  const breaks = given.filter((e) => e.effect === 'close' && !e.weak && (!since || e.latest >= since));
  const stale = (e: DatedEvent) => e.weak === true && e.effect === 'close' && e.earliest === BEGINNING && e.latest !== END &&
    breaks.some((b) => b.latest < e.latest) &&
    events.some((x) => !x.weak && x.effect === 'attest' && x.earliest > e.latest) &&
    !events.some((x) => x.effect === 'open' && x.latest > e.latest);
  // The mirror case: a break that weak rows date before a confident sighting of the ties, when a
  // confident break follows that sighting and no restoration is reported in between, is that
  // later break dated early, not a break and a restoration that no source reports: a dataset
  // dates Jordan's break to 2017, while Yonhap still names the DPRK envoy accredited to Amman on
  // 2018-01-17 and the decree came on 2018-02-01.
  const early = (e: DatedEvent) => e.weak === true && e.effect === 'close' && bounded(e) &&
    events.some((a) => !a.weak && a.effect === 'attest' && a.earliest > e.latest &&
      breaks.some((b) => anchor(b) >= a.earliest &&
        !events.some((x) => x.effect === 'open' && x.latest > e.latest && x.earliest < b.earliest)));
  // A weak account of a break and its restoration that a confident sighting contradicts: the
  // break and the restorations that answer it (those reported after it, with no other break or
  // suspension that may fall between the sighting and them) are all weak, and every one is dated
  // after a confident sighting of the ties, or is a coarser report of one that is (a year that
  // holds the dated day). The sighting then falls in the time the account says the ties were cut;
  // saving the break would take a second restoration that no source reports, so the account, the
  // break and its restorations, is dropped. An uncited encyclopedia sentence has New Zealand
  // suspend its ties after the 2006 test and restore them on Peters' visit of November 2007, while
  // a US cable sees its accredited ambassador visit Pyongyang in April 2007.
  const refuted = new Set<DatedEvent>();
  for (const e of events) {
    if (e.weak !== true || !cut(e) || !bounded(e)) continue;
    for (const a of events) {
      if (a.weak || a.effect !== 'attest' || a.earliest <= e.latest) continue;
      const later = events.filter((c) => c !== e && cut(c) && c.latest > a.latest);
      const restorations = events.filter((x) => x.effect === 'open' && anchor(x) > e.latest && !later.some((c) => c.earliest < x.latest));
      const after = (x: DatedEvent) => x.earliest > a.latest;
      const holdsOneAfter = (x: DatedEvent) => restorations.some((y) => after(y) && x.earliest <= y.earliest && y.latest <= x.latest);
      if (restorations.length === 0 || !restorations.every((x) => x.weak === true && (after(x) || holdsOneAfter(x)))) continue;
      refuted.add(e);
      for (const x of restorations) refuted.add(x);
      break;
    }
  }
  // Reports of one date but of different kinds (a break "in 1990" and a suspension "in 1990") are
  // ordered opening, closing, doubt, whatever the order of their rows: the doubt comes last, so
  // that two accounts of one change leave the state unknown.
  const reported = events
    .filter((e) => (e.effect === 'open' || e.effect === 'close' || e.effect === 'doubt') && !misread(e) && !stale(e) && !early(e) && !refuted.has(e))
    .sort((a, b) => compare(anchor(a), anchor(b)) || KIND_ORDER[a.effect]! - KIND_ORDER[b.effect]!);
  // A closure announced by some date ("before", no lower bound) and a dated closing whose window
  // reaches that date are one change: the closing. Kept apart, the announcement's missing lower
  // bound would stretch the doubt back to the previous event (an embassy open since 1978 would
  // become unknown from 1978 because a 1995 report says its closure was decided "recently").
  const absorbed = (d: DatedEvent) => d.effect === 'doubt' && d.earliest === BEGINNING && reported.some((c) =>
    c.effect === 'close' && c.earliest !== BEGINNING && c.earliest <= d.latest && d.latest <= c.latest);
  const changes = reported.filter((e) => !absorbed(e));
  const attestations = windowsOf(events, 'attest');
  const groups: { to: Transition['to']; reports: DatedEvent[] }[] = [];
  for (const e of changes) {
    const to = TO[e.effect as 'open' | 'close' | 'doubt'];
    const last = groups[groups.length - 1];
    if (last && last.to === to && !reopenedBetween(last.reports, e, attestations)) last.reports.push(e);
    else groups.push({ to, reports: [e] });
  }
  // A closing or break that only weak sources report leaves the state unknown, not closed: the
  // doubt is kept as data. One confident report of the same change makes it a closing.
  const transitions: Transition[] = groups.map((g) => ({
    to: g.to === 'closed' && g.reports.every((r) => r.weak) ? 'unknown' : g.to,
    ...(g.to === 'open' && g.reports.every((r) => r.weak) ? { weak: true } : {}),
    ...mergeReports(g.reports),
  }));
  // Transitions happen in order: none can precede the one before it or follow the one after it.
  for (let i = 1; i < transitions.length; i++) {
    const t = transitions[i]!;
    const prev = transitions[i - 1]!;
    if (prev.earliest > t.earliest && prev.earliest <= t.latest) t.earliest = prev.earliest;
  }
  for (let i = transitions.length - 2; i >= 0; i--) {
    const t = transitions[i]!;
    const next = transitions[i + 1]!;
    if (next.latest < t.latest && next.latest >= t.earliest) t.latest = next.latest;
  }
  // An attestation inside an opening window proves the opening happened by then; one inside a
  // closing (or doubt) window proves that the change came after it ("closed before 2023-12" and
  // "listed in 2017" leave the state unknown only from 2017 on). Only a sighting that surely
  // falls between the change and its neighbour counts: one that may precede the closing before a
  // reopening says nothing of the reopening, and one that may follow the reopening after a closing
  // says nothing of the closing. Otherwise a sighting before a doubt would both date the doubt after
  // it and the restoration before it, and the restoration would end before the doubt began.
  // A dated source saying the entity was not there (no relations, a mission not yet open) is the
  // mirror: inside an opening window it proves the opening came after it, inside a closing window
  // that the closing came by then, under the same condition: ties "from October 1958" that the
  // DPRK's deputy foreign minister said in May 1960 had not been set up, or an embassy "opened in
  // 2001" that officials said in April 2002 would open within weeks.
  const sightings = attestations.filter((x) => !x.weak);
  const absentDays = windowsOf(events, 'absent').filter((x) => !x.weak && bounded(x));
  transitions.forEach((t, i) => {
    const prev = transitions[i - 1];
    const next = transitions[i + 1];
    const afterPrev = (d: string) => !prev || prev.to === 'open' || d > prev.latest;
    const beforeNext = (d: string) => !next || next.to !== 'open' || d < next.earliest;
    for (const a of sightings) {
      if (t.to === 'open' && a.earliest >= t.earliest && a.earliest < t.latest && afterPrev(a.earliest)) t.latest = a.earliest;
      if (t.to !== 'open' && a.earliest > t.earliest && a.earliest <= t.latest && beforeNext(a.earliest)) t.earliest = a.earliest;
    }
    for (const a of absentDays) {
      if (t.to === 'open' && a.earliest > t.earliest && a.earliest <= t.latest && afterPrev(a.earliest)) t.earliest = a.earliest;
      if (t.to === 'closed' && a.earliest >= t.earliest && a.earliest < t.latest && beforeNext(a.earliest)) t.latest = a.earliest;
    }
  });
  // An opening (a first one, or one after a closing or doubt) that only weak rows report is not
  // settled until confident evidence, as a weak break is not: a confident sighting in its window
  // confirms it; otherwise its window runs on to the first confident sighting before the next
  // change. If a confident source says there were no relations first, or nothing confident comes,
  // the state stays unknown after it (closed from that absence). That closing is placed here, not
  // left to the absences below, so that a later sighting implies a reopening after it.
  const settledWeak: Transition[] = [];
  transitions.forEach((t, i) => {
    const prev = transitions[i - 1];
    if (!t.weak || (prev && prev.to === 'open')) return;
    if (sightings.some((a) => a.earliest >= t.earliest && a.earliest <= t.latest)) return;
    const next = transitions[i + 1];
    const between = (d: string) => d > t.latest && (!next || d < next.earliest);
    const seen = sightings.filter((a) => between(a.earliest)).sort(byEarliest)[0];
    const none = absentDays.filter((a) => between(a.earliest)).sort(byEarliest)[0];
    if (seen && (!none || seen.earliest < none.earliest)) {
      t.latest = seen.earliest;
      return;
    }
    t.to = 'unknown';
    if (none) settledWeak.push({ to: 'closed', earliest: nextDay(t.latest), latest: none.earliest });
  });
  transitions.push(...settledWeak);
  transitions.sort(byEarliest);
  // An entity attested open after a closure (or a doubt) with no reopening recorded in between
  // must have reopened: between the end of that change and the attestation, the state is unknown.
  // In date order, so that the first attestation after a closure bounds the reopening.
  for (const a of attestations.filter((x) => !x.weak).sort(byEarliest)) {
    const last = lastEndingBefore(transitions, a.earliest);
    if (!last || last.to === 'open') continue;
    // A recorded reopening that may fall within the attestation (a year-dated sighting of the
    // year ties were restored) already explains it.
    if (transitions.some((t) => t.to === 'open' && t.earliest > last.latest && t.earliest <= a.latest)) continue;
    transitions.push({ to: 'open', earliest: nextDay(last.latest), latest: a.earliest });
    transitions.sort(byEarliest);
  }
  // A source saying there were no relations, after an opening or a sighting with no break since,
  // implies a break: unknown between the last sign of relations and the absence, closed from it.
  const absences = windowsOf(events, 'absent');
  for (const a of absences.filter((x) => !x.weak && bounded(x)).sort(byEarliest)) {
    const last = lastEndingBefore(transitions, a.earliest);
    const seen = attestations.filter((x) => !x.weak && x.latest < a.earliest && (!last || x.earliest > last.latest)).map((x) => x.latest);
    const openSince = latestOf([...(last?.to === 'open' ? [last.latest] : []), ...seen]);
    if (!openSince) continue;
    transitions.push({ to: 'closed', earliest: nextDay(openSince), latest: a.earliest });
    transitions.sort(byEarliest);
  }
  const first = transitions[0];
  // A confident sighting that surely comes before the first opening says the entity was there
  // before the date its opening is reported: either that date is wrong or an earlier opening and a
  // closing went unreported. The opening's window then reaches back to the day after the
  // sighting, so the state is unknown from there to the reported opening, and before the sighting
  // it is as before any undated beginning (presumed, for a mission). A resident DPRK ambassador in
  // Guinea signed the ties with Congo in December 1964; Seoul's background dates the Conakry
  // embassy to 1969.
  const earlier = first?.to === 'open' ? latestOf(attestations.filter((a) => !a.weak && a.latest < first.earliest).map((a) => a.latest)) : undefined;
  if (first && earlier) first.earliest = nextDay(earlier);
  const seenFirst = attestations.some((a) => !first || a.earliest < first.earliest);
  const initial = !first && !seenFirst ? withoutEvents
    : first && (((first.to === 'open' || first.weak) && !earlier) || (first.to === 'unknown' && !presume && !seenFirst)) ? 'closed'
    : !presume && seenFirst ? 'unknown'
    : 'presumed';
  return { transitions, attestations, absences, initial, ...(since ? { since } : {}) };
}

/**
 * A state has relations only from the day it came into being. A report dated before that day
 * gives a predecessor's date (Slovenia's ties "since 1948" are Yugoslavia's); read for the state,
 * it says the ties were inherited, so it dates the change no earlier than statehood. A report
 * that only bounds a change from above ("before D") keeps its open lower bound unless D itself
 * is before statehood; the state is closed before statehood in any case (stateOn).
 */
function fromStatehood(e: DatedEvent, since: string): DatedEvent {
  if (e.latest < since) return { ...e, earliest: since, latest: since };
  if (e.earliest !== BEGINNING && e.earliest < since) return { ...e, earliest: since };
  return e;
}

/**
 * Two changes of one kind in a row are two reports of one change unless the entity is attested
 * open after the first one ends and no later than the second one's bound. Two closings are then
 * a closing, a reopening and a later closing ("closed 1994", "ambassador resident there in 2003",
 * "closed before 2008-03"); two openings are an opening and a later report that changes nothing
 * (ties "set up" in 1980, attested in 1993, "restored" in 2020 after envoys were recalled).
 */
function reopenedBetween(group: readonly DatedEvent[], e: DatedEvent, attestations: Timeline['attestations']): boolean {
  const end = latestOf(group.map((r) => r.latest).filter((d) => d !== END));
  if (!end) return false;
  // A report bounded only from below ("broken after 15 April 1971") can be the same change as
  // the group's when its bound comes before the group's end: only a sighting before that bound
  // forces a second change. Otherwise any later sighting would split one break into two.
  const until = e.latest === END ? e.earliest : e.latest;
  return attestations.some((a) => !a.weak && a.earliest > end && a.earliest <= until);
}

/**
 * State at the end of `day` (ignoring attestations): a change whose window ends on `day` has
 * happened by then, so a change dated only by its year is done by that year's last day.
 */
function baseState(t: Timeline, day: string): State {
  let state: State = t.initial;
  for (const tr of t.transitions) {
    if (tr.earliest > day) break;
    if (tr.latest <= day) {
      state = tr.to;
      continue;
    }
    // Inside the window: unknown unless the state is the same before and after.
    return state === tr.to ? state : 'unknown';
  }
  return state;
}

// The state of a timeline on a day, remembered per timeline: the processed stage asks for the
// same (timeline, day) many times (every metric, year end, claim and nearby day). Timelines are
// never changed once built, so a remembered state never goes stale. Days get small integer ids,
// so that the memo is an array: a count looks a day's id up once, not once per entity.
const STATE_CODES: readonly State[] = ['open', 'presumed', 'unknown', 'closed']; // stored as index + 1; 0 = not yet known
const dayIds = new Map<string, number>();
const stateMemo = new WeakMap<Timeline, Uint8Array>();

/** A small integer naming `day` for stateAt (the same day always gets the same id). */
export function dayId(day: string): number {
  let id = dayIds.get(day);
  if (id === undefined) dayIds.set(day, (id = dayIds.size));
  return id;
}

/** stateOn, for a day whose dayId the caller already has. */
export function stateAt(t: Timeline, day: string, id: number): State {
  let memo = stateMemo.get(t);
  if (!memo || id >= memo.length) {
    const grown = new Uint8Array(Math.max(256, (id + 1) * 2));
    if (memo) grown.set(memo);
    stateMemo.set(t, (memo = grown));
  }
  const code = memo[id]!;
  if (code !== 0) return STATE_CODES[code - 1]!;
  const s = computeStateOn(t, day);
  memo[id] = STATE_CODES.indexOf(s) + 1;
  return s;
}

export function stateOn(t: Timeline, day: string): State {
  return stateAt(t, day, dayId(day));
}

function computeStateOn(t: Timeline, day: string): State {
  const s = ownStateOn(t, day);
  if (s !== 'presumed' || !t.host) return s;
  const host = stateOn(t.host, day);
  return host === 'closed' ? 'closed' : host === 'unknown' ? 'unknown' : s;
}

function ownStateOn(t: Timeline, day: string): State {
  if (t.since && day < t.since) return 'closed';
  const base = baseState(t, day);
  let attested = false;
  let attestedBefore = false;
  // A weak sighting (an inference) does not settle the doubt of a change (a window, a suspension,
  // an announced closure): only a confident one does. It still dates an entity seen first.
  const inChange = t.transitions.some((tr) => tr.earliest <= day);
  // The change that set the base state, when the day is past its window: a sighting (or an
  // absence) that may fall on or before its last day does not contradict it. Iraq broke with the
  // DPRK on 1980-10-10, and a dataset attests the ties "in 1980": the sighting may precede the
  // break, so the end of 1980 is closed, not in doubt. The same rule keeps the implied reopening
  // (buildTimeline) from following such a sighting, and such a sighting settles nothing after a
  // break or a suspension it may precede, on the days of a later change window or of the doubt:
  // Australia's ties, seen "in 1975" by the same dataset, were cut by November 1975, and
  // Australia said in 1979 they never were, so December 1975 is unknown, not open; Nicaragua's,
  // seen "in 1990", were cut or suspended that year, so the end of 1990 is unknown. A confident
  // sighting on the last day of a doubt's window is read as the last word and settles it; only a
  // closing is done by the end of a day that a sighting shares with it.
  const settled = lastEndingBefore(t.transitions, nextDay(day));
  const mayPrecede = (w: { earliest: string }) => settled !== undefined && w.earliest <= settled.latest;
  const unsettled = (w: { earliest: string }) => base !== 'open' && settled !== undefined && settled.to !== 'open' &&
    (settled.to === 'closed' ? mayPrecede(w) : w.earliest < settled.latest);
  for (const a of t.attestations) {
    const holds = a.earliest <= day && day <= a.latest && (!a.weak || base !== 'unknown' || !inChange);
    if (holds && !unsettled(a)) attested = true;
    if (a.latest < day) attestedBefore = true;
  }
  if (attested) return base === 'closed' ? 'unknown' : 'open';
  // A source saying there were none, against a record that says open: the conflict is a doubt.
  // Only a dated absence counts: "none, listed before 2016-09" says nothing about a given day;
  // and one that may fall before the opening that made the state open says nothing against it.
  const absent = (a: { earliest: string; latest: string }) => bounded(a) && a.earliest <= day && day <= a.latest &&
    !(base === 'open' && settled?.to === 'open' && mayPrecede(a));
  if (base !== 'closed' && t.absences.some(absent)) return 'unknown';
  // Presumed (or, for a relationship, unknown) before its first sighting, open after it with no
  // change since: the record persists.
  if ((base === 'presumed' || (base === 'unknown' && t.initial === 'unknown' && !inChange)) && attestedBefore) {
    const lastAttest = latestOf(t.attestations.filter((a) => a.latest < day).map((a) => a.latest));
    const changedSince = t.transitions.some((tr) => tr.earliest > lastAttest && tr.earliest <= day);
    if (!changedSince) return 'open';
  }
  return base;
}

/**
 * Days where the state of any timeline can change: every window bound and the day after it,
 * including its host's (a presumed embassy closes and opens with its host's ties).
 */
export function breakpoints(timelines: readonly Timeline[]): string[] {
  const days = new Set<string>();
  const add = (d: string) => {
    if (d !== BEGINNING && d !== END) days.add(d);
  };
  const all = [...timelines, ...timelines.flatMap((t) => (t.host ? [t.host] : []))];
  for (const t of all) {
    if (t.since) add(t.since);
    for (const tr of t.transitions) {
      add(tr.earliest);
      add(tr.latest);
      add(nextDay(tr.latest));
    }
    for (const a of [...t.attestations, ...t.absences]) {
      add(a.earliest);
      add(nextDay(a.latest));
    }
  }
  return [...days].sort();
}

/** Orders two ISO dates (or any strings) as text. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byEarliest = (x: { earliest: string }, y: { earliest: string }) => compare(x.earliest, y.earliest);

/** The latest of some days, or '' when there are none. */
function latestOf(days: readonly string[]): string {
  return days.reduce((m, d) => (d > m ? d : m), '');
}

/** The windows of the events of one effect (sightings, absences). */
function windowsOf(events: readonly DatedEvent[], effect: Effect): { earliest: string; latest: string; weak: boolean }[] {
  return events.filter((e) => e.effect === effect).map((e) => ({ earliest: e.earliest, latest: e.latest, weak: e.weak === true }));
}

/** The last transition (in date order) whose window has ended before `day`. */
function lastEndingBefore(transitions: readonly Transition[], day: string): Transition | undefined {
  return transitions.filter((t) => t.latest < day).at(-1);
}

function bounded(w: { earliest: string; latest: string }): boolean {
  return w.earliest !== BEGINNING && w.latest !== END;
}

function nextDay(day: string): string {
  return day === END || day === BEGINNING ? day : addDays(day, 1);
}
