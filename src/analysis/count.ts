// Answers "how many X were open (or in force) on date D" from the record, for every metric of
// the vocabulary, as a range with the members that make it up. D may be a year, a month or a
// day: the answer covers every day D stands for. Pure.
import { countryByCode, sovereignOf, type Continent } from '../countries';
import type { PartialDate } from '../dates';
import type { RawRecord } from '../load/record';
import { ROK_RECORD_FROM } from '../load/kdiplo';
import { STATE_SINCE } from '../load/state-since';
import type { Mission, MissionEvent, Relation, RelationEvent } from '../schema/tables';
import { HOST_METRIC_TYPES, METRIC_LABELS, METRIC_MISSION_TYPES, isBothKoreasMetric, isRokRegion, type ChangeMetric, type RokRegion, type Metric, type MissionEventKind, type RelationEventKind, type Scope } from '../schema/vocab';
import { derivedEvidence, type Evidence } from './evidence';
import { onDate } from './words';
import { BEGINNING, END, anchor, breakpoints, buildTimeline, dayId, mergeReports, stateAt, stateOn, window, type DatedEvent, type Effect, type State, type Timeline } from './timeline';

const MISSION_EFFECT: Record<MissionEventKind, Effect> = {
  opened: 'open',
  reopened: 'open',
  closed: 'close',
  suspended: 'doubt',
  closure_announced: 'doubt',
  relocated: 'none',
  attested_open: 'attest',
  attested_closed: 'absent',
};

const RELATION_EFFECT: Record<RelationEventKind, Effect> = {
  established: 'open',
  restored: 'open',
  severed: 'close',
  suspended: 'doubt',
  disputed: 'doubt',
  attested: 'attest',
  no_relations: 'absent',
  // An envoy expelled or recalled, or ties lowered in level: relations stay in force, so a
  // downgrade is a sighting of them on its day (Qatar cut its ties back in September 2017: they
  // were in force then, whatever a later report of a break says).
  downgraded: 'attest',
};

export interface Entity {
  readonly id: string;
  readonly label: string;
  readonly kind: string; // mission type, or partner kind
  readonly iso3: string; // host (missions) or partner code
  readonly continent: Continent | undefined;
  /** South Korea's foreign-ministry region of the partner or host (rok_regions.csv), if given. */
  readonly rokRegion?: RokRegion;
  readonly unMember: boolean;
  readonly confidence: string;
  readonly timeline: Timeline;
  /** Host-country entities: the missions in that country; its state combines theirs. */
  readonly children?: readonly Entity[];
  /** Partners: South Korea's relations with them (see rokState). */
  readonly rok?: Timeline;
  /** Partners: South Korea's relations before ROK_RECORD_FROM, by year, from the kdiplo dataset. */
  readonly rokEarly?: Timeline;
  /** Missions: the windows of the reports that its closing was announced (see countChanges). */
  readonly closureAnnounced?: readonly DatedEvent[];
}

// South Korea's relations: hand-written exceptions from ROK_RECORD_FROM (defined beside the
// kdiplo loader, which checks them), kdiplo's years before it (model.rokFrom).
export { ROK_RECORD_FROM };

/**
 * Why the record has no count of `metric` for `date` although it models the quantity, or
 * undefined: ties with both Koreas before South Korea's relations are recorded (`rokFrom`, the
 * model's). Claims and assertions both ask this before counting.
 */
export function noDataFor(metric: Metric, date: PartialDate, rokFrom: string): string | undefined {
  return isBothKoreasMetric(metric) && date.last < rokFrom
    ? `the record holds South Korea's relations only from ${rokFrom}, so it cannot count ${METRIC_LABELS[metric]} ${onDate(date.iso)}`
    : undefined;
}

export interface Model {
  readonly missions: readonly Entity[];
  readonly partners: readonly Entity[];
  /** Countries hosting an embassy, and hosting any counted mission (see HOST_METRIC_TYPES). */
  readonly hosts: Readonly<Partial<Record<Metric, readonly Entity[]>>>;
  /** Every day on which some count can change, sorted. */
  readonly days: readonly string[];
  /** The evidence derived from lists and external data (evidence.ts), as the model used it. */
  readonly evidence: readonly Evidence[];
  /** The first day on which South Korea's relations are known: BEGINNING with the kdiplo years, else ROK_RECORD_FROM. */
  readonly rokFrom: string;
}

/**
 * Low-confidence sightings are weak evidence, for missions and partners alike: they count on
 * their day but neither imply a reopening nor narrow a window (Windhoek's 2003 "resident"
 * ambassador was accredited from Pretoria). `weakRows` (relations) makes every low row weak: a
 * break that only weak rows report is a doubt (a weak page claiming a break that official counts
 * ignore). Low mission closings keep their effect: they are mostly closings whose city or date is
 * inferred from a complete list.
 */
function events<E extends { date: PartialDate | undefined; date_qualifier: 'on' | 'before' | 'after'; event: K; confidence: string }, K extends string>(
  list: readonly E[],
  effects: Record<K, Effect>,
  weakRows = false,
  lowering?: string,
) {
  return list.flatMap((e): DatedEvent[] => {
    if (!e.date) return [];
    const effect = effects[e.event];
    const weak = e.confidence === 'low' && (weakRows || effect === 'attest');
    const lowered = lowering !== undefined && e.event === lowering ? { lowered: true } : {};
    // "Attested before D" proves only that the entity was open by D: an opening no later than D.
    // "Attested after D" places nothing in time, so it does not change the timeline.
    // A weak one (an inference from a list of non-partners) proves too little to place an opening.
    if (effect === 'attest' && e.date_qualifier === 'before') return weak ? [] : [{ effect: 'open', ...window(e.date, 'before') }];
    if (effect === 'attest' && e.date_qualifier === 'after') return [];
    return [{ effect, ...window(e.date, e.date_qualifier), ...(weak ? { weak: true } : {}), ...lowered }];
  });
}

/** Posts accredited to their host state, which need the DPRK's ties with it (see Timeline.host). */
const ACCREDITED_TYPES: ReadonlySet<string> = new Set(['embassy', 'consulate_general', 'consular_office']);

export function buildModel(r: RawRecord): Model {
  const byMission = groupBy(r.missionEvents, (e: MissionEvent) => e.mission_id);
  const byPartner = groupBy(r.relationEvents, (e: RelationEvent) => e.partner_id);
  const byRok = groupBy(r.rokRelationEvents, (e: RelationEvent) => e.partner_id);
  const byRokEarly = groupBy(r.derivedRokEvents ?? [], (e) => e.partner_id);
  for (const id of r.derivedRokPartners ?? []) if (!byRokEarly.has(id)) byRokEarly.set(id, []); // a row without years: never ties
  // Lists and third-party data attest an entity on a date (evidence.ts): typed once, never as events.
  const attested = { mission: new Map<string, DatedEvent[]>(), partner: new Map<string, DatedEvent[]>() };
  const evidence = derivedEvidence(r);
  for (const e of evidence) {
    const m = attested[e.entity];
    m.set(e.id, [...(m.get(e.id) ?? []), { effect: 'attest', ...window(e.date, 'on'), ...(e.weak ? { weak: true } : {}) }]);
  }
  // A mission is in its host state's region (Hong Kong's: China's), as in Seoul's registers.
  const regionOf = new Map(r.rokRegions.flatMap((g) => (isRokRegion(g.region) ? [[g.partner_id, g.region] as const] : [])));
  const region = (iso3: string) => {
    const rokRegion = regionOf.get(sovereignOf(iso3));
    return rokRegion ? { rokRegion } : {};
  };
  const partners = r.relations.map((p: Relation): Entity => ({
    id: p.partner_id,
    label: p.partner_name,
    kind: p.partner_kind,
    iso3: p.partner_id,
    continent: countryByCode(p.partner_id)?.continent,
    ...region(p.partner_id),
    unMember: p.un_member,
    confidence: 'high',
    timeline: buildTimeline([
      ...events(byPartner.get(p.partner_id) ?? [], RELATION_EFFECT, true, 'downgraded'),
      ...(attested.partner.get(p.partner_id) ?? []),
    ], 'closed', false, STATE_SINCE[p.partner_id]),
    rok: byRok.has(p.partner_id) ? buildTimeline(events(byRok.get(p.partner_id) ?? [], RELATION_EFFECT), 'closed') : undefined,
    rokEarly: byRokEarly.has(p.partner_id) ? buildTimeline(events(byRokEarly.get(p.partner_id) ?? [], RELATION_EFFECT), 'closed') : undefined,
  }));
  // An embassy or consulate needs ties with its host state (Hong Kong's: China's); permanent
  // missions to international organisations and trade or representative offices do not.
  const hostTies = new Map(partners.map((p) => [p.id, p.timeline]));
  const missions = r.missions.map((m: Mission): Entity => {
    const c = countryByCode(m.host_iso3);
    const rows = byMission.get(m.mission_id) ?? [];
    const own = buildTimeline([...events(rows, MISSION_EFFECT), ...(attested.mission.get(m.mission_id) ?? [])], 'unknown');
    const host = ACCREDITED_TYPES.has(m.mission_type) ? hostTies.get(sovereignOf(m.host_iso3)) : undefined;
    const announced = events(rows.filter((e) => e.event === 'closure_announced'), MISSION_EFFECT);
    return {
      id: m.mission_id,
      label: `${m.city} (${m.host_country})`,
      kind: m.mission_type,
      iso3: m.host_iso3,
      continent: c?.continent,
      ...region(m.host_iso3),
      unMember: c?.unMember ?? false,
      confidence: m.confidence,
      timeline: host ? { ...own, host } : own,
      ...(announced.length ? { closureAnnounced: announced } : {}),
    };
  });
  const hosts: Partial<Record<Metric, Entity[]>> = {};
  for (const [metric, types] of Object.entries(HOST_METRIC_TYPES) as [Metric, readonly string[]][]) {
    hosts[metric] = hostEntities(missions.filter((m) => types.includes(m.kind)));
  }
  const rokTimelines = partners.flatMap((p) => [p.rok, p.rokEarly].filter((t): t is Timeline => t !== undefined));
  const all = [...missions, ...partners].map((e) => e.timeline);
  const rokFrom = byRokEarly.size > 0 ? BEGINNING : ROK_RECORD_FROM;
  // The day South Korea's side switches from kdiplo's years to the typed exceptions is a day on
  // which a count can change, whatever the events.
  const days = [...new Set([...breakpoints([...all, ...rokTimelines]), ...(byRokEarly.size > 0 ? [ROK_RECORD_FROM] : [])])].sort();
  return { missions, partners, hosts, days, evidence, rokFrom };
}

/** One entity per sovereign host country (Hong Kong counts as China), holding its missions. */
function hostEntities(missions: readonly Entity[]): Entity[] {
  const by = groupBy(missions, (m) => sovereignOf(m.iso3));
  return [...by.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([iso3, children]) => {
    const c = countryByCode(iso3);
    return {
      id: iso3.toLowerCase(),
      label: c?.name ?? iso3,
      kind: 'host_country',
      iso3,
      continent: c?.continent,
      ...(children[0]!.rokRegion ? { rokRegion: children[0]!.rokRegion } : {}),
      unMember: c?.unMember ?? false,
      confidence: children.some((m) => m.confidence === 'high') ? 'high' : children[0]!.confidence,
      timeline: children[0]!.timeline,
      children,
    };
  });
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const g = m.get(k);
    if (g) g.push(t);
    else m.set(k, [t]);
  }
  return m;
}

export type MemberStatus = 'open' | 'presumed' | 'unknown' | 'varies';

export interface Member {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
  readonly status: MemberStatus;
}

/** Counted by a metric: open, or presumed open. */
export const isCounted = (s: State | MemberStatus | string | undefined): boolean => s === 'open' || s === 'presumed';

/** Of uncertain state: unknown, or changing during the period asked about. */
export const isDoubtful = (s: MemberStatus): boolean => s === 'unknown' || s === 'varies';

export interface Count {
  readonly metric: Metric;
  readonly scope: Scope;
  readonly first: string; // first day asked about
  readonly last: string; // last day asked about
  readonly low: number; // fewest counted on any day (open + presumed)
  readonly high: number; // most possibly counted on any day (open + presumed + unknown)
  readonly presumed: number; // members counted at `low` only by presumption
  readonly members: readonly Member[]; // everyone counted or possibly counted on some day, sorted by id
}

/** Whether an entity lies in a scope: the world, its continent, or Seoul's region for it. */
export function inScope(e: Entity, scope: Scope): boolean {
  return scope === 'world' || (isRokRegion(scope) ? e.rokRegion === scope : e.continent === scope);
}

/** Which entities a metric considers, before looking at dates. */
export function universe(model: Model, metric: Metric, scope: Scope): readonly Entity[] {
  const within = (e: Entity) => inScope(e, scope);
  const types = METRIC_MISSION_TYPES[metric];
  if (types) return model.missions.filter((m) => types.includes(m.kind as never) && within(m));
  const hosts = model.hosts[metric];
  if (hosts) return hosts.filter(within);
  if (metric === 'relations_un_current' || metric === 'relations_un_ever' || metric === 'relations_both_koreas') return model.partners.filter((p) => p.unMember && within(p));
  if (metric === 'relations_all_current' || metric === 'relations_all_ever' || metric === 'relations_dprk_only') return model.partners.filter(within);
  return [];
}

/**
 * South Korea's relations with a partner on a day. From ROK_RECORD_FROM: its recorded events
 * where there are any; otherwise in force with every state and with the EU, and never with the
 * non-UN states the record holds (Palestine, SADR), which Seoul does not recognise. Before it: the
 * kdiplo dataset's years (closed before the first, unknown within a year of change); a partner
 * the dataset has no row for is unknown, but for those non-UN states.
 */
export function rokState(e: Entity, day: string, id = dayId(day)): State {
  if (day < ROK_RECORD_FROM) {
    if (e.rokEarly) return stateAt(e.rokEarly, day, id);
    return e.kind === 'non_un_state' ? 'closed' : 'unknown';
  }
  if (e.rok) return stateAt(e.rok, day, id);
  return e.kind === 'non_un_state' ? 'closed' : 'open';
}

/** The state of a country that hosts several missions: its best-placed mission's. */
function combined(states: readonly State[]): State {
  for (const s of ['open', 'presumed', 'unknown'] as const) if (states.includes(s)) return s;
  return 'closed';
}

/** Both sides must hold: closed if either is, counted if both are, otherwise unknown. */
function both(a: State, b: State): State {
  if (a === 'closed' || b === 'closed') return 'closed';
  if (isCounted(a) && isCounted(b)) return a === 'presumed' || b === 'presumed' ? 'presumed' : 'open';
  return 'unknown';
}

function negate(s: State): State {
  return s === 'closed' ? 'open' : isCounted(s) ? 'closed' : 'unknown';
}

/** The entity's own state on a day, for metrics that count states (not "ever"). */
function currentState(e: Entity, metric: Metric, day: string, id: number): State {
  if (e.children) return combined(e.children.map((c) => stateAt(c.timeline, day, id)));
  if (metric === 'relations_both_koreas') return both(stateAt(e.timeline, day, id), rokState(e, day, id));
  if (metric === 'relations_dprk_only') return both(stateAt(e.timeline, day, id), negate(rokState(e, day, id)));
  return stateAt(e.timeline, day, id);
}

const everCache = new WeakMap<Entity, { counted: string; doubtful: string; presumed: boolean }>();

/** First day an entity is counted (open or presumed), and first day it may be (unknown), ever. */
function everFrom(e: Entity, days: readonly string[]) {
  let hit = everCache.get(e);
  if (hit) return hit;
  let counted = END;
  let doubtful = END;
  let presumed = false;
  for (const d of [BEGINNING, ...days]) {
    const s = stateOn(e.timeline, d);
    if (isCounted(s) && counted === END) {
      counted = d;
      presumed = s === 'presumed';
    }
    if (s === 'unknown' && doubtful === END) doubtful = d;
  }
  hit = { counted, doubtful, presumed };
  everCache.set(e, hit);
  return hit;
}

/** State of an entity for a metric on a day; "ever" metrics count anything in force on or before it. */
function metricState(e: Entity, metric: Metric, day: string, id: number, days: readonly string[]): State {
  if (!metric.endsWith('_ever')) return currentState(e, metric, day, id);
  const f = everFrom(e, days);
  if (f.counted <= day) return f.presumed ? 'presumed' : 'open';
  return f.doubtful <= day ? 'unknown' : 'closed';
}

const sortedChecked = new WeakSet<readonly string[]>();

/**
 * The days of `days` (sorted, as `breakpoints` makes them) after `after` and up to `upTo`, found
 * by binary search: counting on one day must not scan every day of the record.
 */
export function daysWithin(days: readonly string[], after: string, upTo: string): readonly string[] {
  if (!sortedChecked.has(days)) {
    for (let i = 1; i < days.length; i++) if (!(days[i - 1]! < days[i]!)) return days.filter((d) => d > after && d <= upTo);
    sortedChecked.add(days);
  }
  const bound = (x: string) => {
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo; // first index whose day is after x
  };
  return upTo > after ? days.slice(bound(after), bound(upTo)) : [];
}

// Counts already made on a model: reconciling every figure at every nearby day, the coverage and
// the trends ask for the same (metric, scope, days) many times. A model is never changed once
// built, and a Count is read-only, so a remembered count never goes stale.
const countMemo = new WeakMap<Model, Map<string, Count>>();

export function countOn(model: Model, metric: Metric, scope: Scope, first: string, last: string): Count {
  let memo = countMemo.get(model);
  if (!memo) countMemo.set(model, (memo = new Map()));
  const key = `${metric}\u0000${scope}\u0000${first}\u0000${last}`;
  let count = memo.get(key);
  if (!count) memo.set(key, (count = countEntities(model.days, universe(model, metric, scope), metric, scope, first, last)));
  return count;
}

const STATES = ['open', 'presumed', 'unknown', 'closed'] as const satisfies readonly State[];
const STATE_BIT: Readonly<Record<State, number>> = { open: 1, presumed: 2, unknown: 4, closed: 8 };

/** Counts the given entities over [first, last]; `metric` decides "in force now" or "ever". */
export function countEntities(
  allDays: readonly string[],
  entities: readonly Entity[],
  metric: Metric,
  scope: Scope,
  first: string,
  last: string,
): Count {
  const days = [first, ...daysWithin(allDays, first, last)];
  let low = Number.POSITIVE_INFINITY;
  let high = 0;
  let presumedAtLow = 0;
  // Per entity id, the states it had over the days, as bits of STATE_BIT (a slot per distinct id).
  const slots = new Map<string, number>();
  const slotOf = entities.map((e) => {
    let n = slots.get(e.id);
    if (n === undefined) slots.set(e.id, (n = slots.size));
    return n;
  });
  const seen = new Uint8Array(slots.size);
  for (const day of days) {
    const id = dayId(day);
    let counted = 0;
    let presumed = 0;
    let unknown = 0;
    for (let k = 0; k < entities.length; k++) {
      const s = metricState(entities[k]!, metric, day, id, allDays);
      if (isCounted(s)) counted += 1;
      if (s === 'presumed') presumed += 1;
      if (s === 'unknown') unknown += 1;
      seen[slotOf[k]!]! |= STATE_BIT[s];
    }
    if (counted < low) {
      low = counted;
      presumedAtLow = presumed;
    }
    high = Math.max(high, counted + unknown);
  }
  const members: Member[] = [];
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    const bits = seen[slotOf[k]!]!;
    if (bits === STATE_BIT.closed) continue;
    const only = STATES.find((st) => STATE_BIT[st] === bits);
    const status: MemberStatus = only === 'open' || only === 'presumed' || only === 'unknown' ? only : 'varies';
    members.push({ id: e.id, label: e.label, kind: e.kind, status });
  }
  members.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { metric, scope, first, last, low: entities.length ? low : 0, high, presumed: presumedAtLow, members };
}

export function countAt(model: Model, metric: Metric, scope: Scope, date: PartialDate): Count {
  return countOn(model, metric, scope, date.first, date.last);
}

export interface ChangeCount extends Count {
  readonly periodStart: string;
}

/**
 * Missions of the register's kinds (embassies, consulates general, representative missions)
 * that closed, or opened or reopened, within [from, to]; or whose closing was announced, or
 * carried out with no announcement on record, within it (see closingSignals). A change whose
 * dated window lies inside the period counts at the low end; one whose window only overlaps it,
 * at the high end.
 */
export function countChanges(model: Model, metric: ChangeMetric, scope: Scope, from: string, to: string): ChangeCount {
  const members: Member[] = [];
  let low = 0;
  let high = 0;
  for (const e of universe(model, 'missions_all', scope)) {
    const windows = metric === 'mission_closures_announced'
      ? closingSignals(e)
      : e.timeline.transitions.filter((t) => t.to === (metric === 'mission_closures' ? 'closed' : 'open'));
    const hits = windows.filter((t) => t.earliest <= to && t.latest >= from);
    if (hits.length === 0) continue;
    const certain = hits.some((t) => t.earliest >= from && t.latest <= to);
    high += 1;
    if (certain) low += 1;
    members.push({ id: e.id, label: e.label, kind: e.kind, status: certain ? 'open' : 'unknown' });
  }
  members.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { metric, scope, first: from, last: to, low, high, presumed: 0, members, periodStart: from };
}

/**
 * When each closing of a mission was first made public: the earlier of its announcement and the
 * closing itself. The press counts a wave of closures as they are announced (late November 2023:
 * "the seventh mission to close" includes Kinshasa, whose closing was only announced), while
 * Seoul counts completed withdrawals. An announcement belongs to the first closing or reopening
 * that may follow it: followed by a closing, the two are one change; by a reopening, or by
 * nothing, it stands alone (a closing announced and not, or not yet, carried out). Several
 * reports of one announcement are merged as the timeline merges reports of one change.
 */
export function closingSignals(e: Entity): { earliest: string; latest: string }[] {
  const changes = e.timeline.transitions.filter((t) => t.to !== 'unknown');
  const byChange = new Map<number, DatedEvent[]>();
  const alone: DatedEvent[] = [];
  for (const a of e.closureAnnounced ?? []) {
    // By the bound it is sure of, as the timeline orders reports: "announced before 29 November"
    // belongs to the closing that reaches that day, not to an opening decades before.
    const k = changes.findIndex((t) => t.latest >= anchor(a));
    if (k >= 0 && changes[k]!.to === 'closed') byChange.set(k, [...(byChange.get(k) ?? []), a]);
    else alone.push(a);
  }
  const out = changes.flatMap((t, k) => {
    if (t.to !== 'closed') return [];
    const reports = byChange.get(k);
    if (!reports) return [{ earliest: t.earliest, latest: t.latest }];
    // No earlier than the change before it: a closing is not announced before the opening it ends.
    const a = mergeReports(reports);
    const since = changes[k - 1]?.earliest ?? BEGINNING;
    const earliest = a.earliest < t.earliest ? (a.earliest > since ? a.earliest : since) : t.earliest;
    return [{ earliest, latest: a.latest < t.latest ? a.latest : t.latest }];
  });
  return alone.length ? [...out, mergeReports(alone)] : out;
}
