// Reconciles every published figure with the record: the record's count under the figure's own
// definition at its as-of date, the residual, a verdict (see verdicts.ts) and a sentence that
// explains it, generated from the data. Works for any claim row, with no per-claim code. Pure.
import type { RawRecord } from '../load/record';
import type { Claim } from '../schema/tables';
import { METRIC_LABELS, isBothKoreasMetric, isChangeMetric, isMissionMetric, isRelationMetric, isRokRegion, scopePhrase, type Metric } from '../schema/vocab';
import { countChanges, daysWithin, noDataFor, countEntities, countOn, inScope, isCounted, isDoubtful, universe, type Count, type Model } from './count';
import { RECORD_START_YEAR, addDays, daysBetween } from '../dates';
import { LAG_AFTER_DAYS, LAG_BEFORE_DAYS, STALE_YEARS, fits, presumedTolerated, residual, tooWide, type Verdict } from './verdicts';
import { article, range, list, listSome, onDate, plural } from './words';

export interface MemberDiff {
  readonly named: number;
  readonly missing: readonly string[]; // named by the source, not counted by the record
  readonly extra: readonly string[]; // counted by the record, not named by the source
}

export interface Reconciliation {
  readonly claim: Claim;
  readonly literal: Metric;
  readonly count: Count; // under the literal metric at the as-of date
  readonly residual: number;
  readonly verdict: Verdict;
  readonly matchedMetric: Metric | '';
  readonly matchedDay: string; // the day the match was found at, for nearby-date matches
  readonly members: MemberDiff | undefined;
  readonly candidates: readonly string[];
  readonly explanation: string;
}

/**
 * Definitions a figure is plausibly mislabelled with: sources call all missions "embassies" or
 * "consulates" (Korean 공관 = any mission), and mix the four ways of counting relations. Small
 * counts (3 consulates, 3 representative missions) are not tried against each other: they match
 * by coincidence.
 */
export const CONFUSABLE: Partial<Record<Metric, readonly Metric[]>> = {
  embassies: ['missions_all'],
  consulates: ['missions_all', 'embassies'],
  missions_all: ['embassies'],
  // The press counts a wave of closures as they are announced; Seoul counts completed withdrawals.
  mission_closures: ['mission_closures_announced'],
  mission_closures_announced: ['mission_closures'],
  relations_un_current: ['relations_all_current', 'relations_un_ever', 'relations_all_ever'],
  relations_all_current: ['relations_un_current', 'relations_all_ever', 'relations_un_ever'],
  relations_un_ever: ['relations_all_ever', 'relations_un_current', 'relations_all_current'],
  relations_all_ever: ['relations_un_ever', 'relations_all_current', 'relations_un_current'],
};

function label(m: Metric, scope: string): string {
  return `${METRIC_LABELS[m]}${scopePhrase(scope)}`;
}

function nearbyMatch(model: Model, c: Claim, metric: Metric): { day: string; count: Count } | undefined {
  // A count of changes has its own period; shifting one end of it is not publication lag.
  if (!c.as_of || isChangeMetric(metric)) return undefined;
  const notBefore = isBothKoreasMetric(metric) ? model.rokFrom : '0000-01-01';
  const from = addDays(c.as_of.first, -LAG_BEFORE_DAYS);
  const to = addDays(c.as_of.last, LAG_AFTER_DAYS);
  const days = [from, ...daysWithin(model.days, from, to)].filter((d) => d >= notBefore);
  let best: { day: string; count: Count; distance: number } | undefined;
  for (const day of days) {
    const count = countOn(model, metric, c.scope, day, day);
    if (count.high === 0 && count.low === 0) continue;
    if (!fits(c.value, c.qualifier, count.low, count.high)) continue;
    const distance = day < c.as_of.first ? daysBetween(day, c.as_of.first) : day > c.as_of.last ? daysBetween(c.as_of.last, day) : 0;
    if (!best || distance < best.distance) best = { day, count, distance };
  }
  return best;
}

/**
 * The last year end, before the window nearby dates search and at most STALE_YEARS earlier, at
 * which the figure fits the record: a contradicted figure that fitted a few years before its
 * date is probably an old figure repeated (a fit decades earlier is a coincidence).
 */
function lastFit(model: Model, c: Claim, metric: Metric): { year: number; count: Count } | undefined {
  if (!c.as_of || isChangeMetric(metric)) return undefined;
  const before = addDays(c.as_of.first, -LAG_BEFORE_DAYS);
  const stop = Math.max(RECORD_START_YEAR, Number(c.as_of.first.slice(0, 4)) - STALE_YEARS);
  for (let y = Number(before.slice(0, 4)); y >= stop; y--) {
    const day = `${y}-12-31`;
    if (day >= before) continue;
    const count = countOn(model, metric, c.scope, day, day);
    if (fits(c.value, c.qualifier, count.low, count.high)) return { year: y, count };
  }
  return undefined;
}

export function compareMembers(count: Count, named: readonly string[], toId: (m: string) => string): MemberDiff {
  const counted = new Set(count.members.filter((m) => isCounted(m.status)).map((m) => m.id));
  const possible = new Set(count.members.map((m) => m.id));
  const namedIds = new Set(named.map(toId));
  return {
    named: namedIds.size,
    missing: [...namedIds].filter((id) => !possible.has(id)).sort(),
    extra: [...counted].filter((id) => !namedIds.has(id)).sort(),
  };
}

/** Entities that could explain a difference: doubtful members, and kinds the metric leaves out. */
function candidates(model: Model, record: RawRecord, c: Claim, metric: Metric, count: Count, res: number): string[] {
  const out: string[] = [];
  if (res < 0 && isMissionMetric(metric)) {
    // The record may count a mission that the source's register leaves out: one no dated list
    // in the record names (South Korea's lists leave out the Vienna mission to the IAEA).
    const listed = new Set(record.claimMembers.map((m) => m.member_id));
    for (const m of count.members) if (!listed.has(m.id) && !isDoubtful(m.status)) out.push(`${m.label}, named on no list in the record`);
  }
  for (const m of count.members) if (isDoubtful(m.status)) out.push(`${m.label} (status uncertain)`);
  if (res > 0 && isMissionMetric(metric) && c.as_of) {
    // Missions of kinds the definition leaves out that were (possibly) open then.
    const counted = new Set(universe(model, metric, c.scope).map((e) => e.id));
    for (const e of model.missions) {
      if (counted.has(e.id) || !inScope(e, c.scope)) continue;
      if (countEntities(model.days, [e], 'missions_all', 'world', c.as_of.first, c.as_of.last).high > 0) {
        out.push(`${e.label}, ${article(e.kind.replace(/_/g, ' '))} the definition leaves out`);
      }
    }
  }
  if (res < 0) {
    // The record may count too much: weakly supported members.
    const weak = new Set(model.missions.filter((e) => e.confidence === 'low').map((e) => e.id));
    for (const m of count.members) if (weak.has(m.id) && !isDoubtful(m.status)) out.push(`${m.label} (weakly sourced)`);
  }
  if (res < 0 && (metric === 'relations_dprk_only' || metric === 'relations_all_current' || metric === 'relations_all_ever')) {
    // The source may count UN member states only.
    const nonUn = new Set(model.partners.filter((p) => !p.unMember).map((p) => p.id));
    for (const m of count.members) if (nonUn.has(m.id) && !isDoubtful(m.status)) out.push(`${m.label}, not a UN member`);
  }
  if (res > 0 && metric === 'relations_un_current' && c.as_of) {
    // Partners that are not UN members, in the figure's scope (Palestine in Seoul's Middle East).
    for (const p of model.partners) {
      if (p.unMember || !inScope(p, c.scope)) continue;
      const st = countEntities(model.days, [p], 'relations_all_current', 'world', c.as_of.first, c.as_of.last);
      if (st.high > 0) out.push(`${p.label}, not a UN member`);
    }
  }
  return out.sort();
}

/** Why a figure cannot be decided before anything is counted, or undefined when it can be. */
export function notModelled(c: Claim, literal: Metric, rokFrom: string): string | undefined {
  if (literal === 'other' || c.metric === 'other') return `The record does not model what this figure counts (${c.wording}).`;
  if (!c.as_of) return `The figure has no as-of date.`;
  const why = noDataFor(literal, c.as_of, rokFrom) ?? noDataFor(c.metric, c.as_of, rokFrom);
  return why && `${why[0]!.toUpperCase()}${why.slice(1)}.`;
}

/** The record's count of a metric for a claim: on its as-of date, or over its period for changes. */
export function countForClaim(model: Model, c: Claim, m: Metric, first = c.as_of!.first, last = c.as_of!.last): Count {
  if (isChangeMetric(m)) return countChanges(model, m, c.scope, c.period_start?.first ?? first, last);
  return countOn(model, m, c.scope, first, last);
}

export function reconcileClaim(model: Model, record: RawRecord, c: Claim): Reconciliation {
  const literal: Metric = c.stated_metric || c.metric;
  const named = record.claimMembers.filter((m) => m.claim_id === c.claim_id).map((m) => m.member_id);
  const empty: Count = { metric: literal, scope: c.scope, first: c.as_of?.first ?? '', last: c.as_of?.last ?? '', low: 0, high: 0, presumed: 0, members: [] };
  const base = { claim: c, literal, members: undefined, candidates: [] as string[] };
  const why = notModelled(c, literal, model.rokFrom);
  if (why || !c.as_of) {
    return { ...base, count: empty, residual: 0, verdict: 'cannot_check', matchedMetric: '', matchedDay: '', explanation: why ?? '' };
  }
  const at = (m: Metric) => countForClaim(model, c, m);
  const count = at(literal);
  const res = residual(c.value, c.qualifier, count.low, count.high);
  // Relations members are written as lowercase partner ids; the record's ids are ISO codes.
  const membersAt = (m: Metric, first: string, last: string) =>
    named.length > 0 ? compareMembers(countForClaim(model, c, m, first, last), named, isRelationMetric(m) ? (x) => x.toUpperCase() : (x) => x) : undefined;
  const members = membersAt(c.metric, c.as_of.first, c.as_of.last);
  const when = isChangeMetric(literal) && c.period_start
    ? c.period_start.iso === c.as_of.iso ? `during ${c.as_of.iso}` : `between ${c.period_start.iso} and ${c.as_of.iso}`
    : onDate(c.as_of.iso);
  // A count of changes says its own period ("between 1990 and 1995-04-03"), not "during the period".
  const what = isChangeMetric(literal) && c.period_start ? label(literal, c.scope).replace(' during the period', '') : label(literal, c.scope);
  const recordSays = `The record counts ${range(count.low, count.high)} ${what} ${when}`;
  const presumedNote = count.presumed > 0 ? ` (${plural(count.presumed, 'of them is', 'of them are')} presumed open, with no recorded opening date)` : '';
  const memberNote = members ? memberSentence(members) : '';

  const reading = c.metric !== literal ? [c.metric] : [];
  const others = (CONFUSABLE[literal] ?? []).filter((m) => m !== c.metric);
  // The first of some other readings that the figure fits (and, if asked, that is narrow enough to test it).
  const firstFit = (ms: readonly Metric[], testable = false) => {
    for (const m of ms) {
      const alt = at(m);
      if (fits(c.value, c.qualifier, alt.low, alt.high) && !(testable && tooWide(c.value, alt.low, alt.high))) return { m, alt };
    }
    return undefined;
  };
  if (fits(c.value, c.qualifier, count.low, count.high)) {
    if (tooWide(c.value, count.low, count.high)) {
      // The figure lies inside the range, but so would very different figures: no test under its
      // own words. Another reading of it that the record can test may still decide it.
      const doubtful = count.members.filter((m) => isDoubtful(m.status)).length;
      const because = isChangeMetric(literal)
        ? `${plural(doubtful, 'change is', 'changes are')} not dated closely enough to place inside or outside the period`
        : `${plural(doubtful, 'member has', 'members have')} no dated state then`;
      const untestable = `${recordSays}: the published ${c.value} lies inside that range, but the range is too wide to test it, because ${because}`;
      const other = firstFit([...reading, ...others], true);
      if (other) {
        const { m, alt } = other;
        const mem = membersAt(m, c.as_of.first, c.as_of.last);
        return { ...base, count, members: mem, residual: 0, verdict: 'consistent_other_definition', matchedMetric: m, matchedDay: '',
          explanation: `${untestable}. It fits ${label(m, c.scope)} (${range(alt.low, alt.high)}), which the record can test.${doubtNeeded(c, alt)}${mem ? memberSentence(mem) : ''}` };
      }
      return { ...base, count, members, residual: 0, verdict: 'cannot_check', matchedMetric: '', matchedDay: '', explanation: `${untestable}.${memberNote}` };
    }
    return { ...base, count, members, residual: 0, verdict: 'consistent', matchedMetric: literal, matchedDay: '', explanation: `${recordSays}${presumedNote}; the published ${c.value} fits.${memberNote}` };
  }
  const otherDefinition = (m: Metric, alt: Count) => ({
    ...base, count, members, residual: res, verdict: 'consistent_other_definition' as const, matchedMetric: m, matchedDay: '',
    explanation: `The source's words ("${c.wording}") suggest ${METRIC_LABELS[literal]}, of which the record has ${range(count.low, count.high)} ${onDate(c.as_of!.iso)}; the published ${c.value} matches ${label(m, c.scope)} (${range(alt.low, alt.high)}) instead.${memberNote}`,
  });
  const nearby = (m: Metric, near: { day: string; count: Count }) => {
    const gap = near.day < c.as_of!.first ? daysBetween(near.day, c.as_of!.first) : daysBetween(c.as_of!.last, near.day);
    const when = `${plural(gap, 'day', 'days')} ${near.day < c.as_of!.first ? 'before' : 'after'}`;
    const mem = membersAt(m, near.day, near.day);
    return {
      ...base, count, members: mem, residual: res, verdict: (m === literal ? 'consistent_nearby_date' : 'consistent_other_definition') as Verdict, matchedMetric: m, matchedDay: near.day,
      explanation: `${recordSays}; the published ${c.value} matches the record's ${label(m, c.scope)} on ${near.day} (${range(near.count.low, near.count.high)}), ${when} the as-of date: the figure ${near.day < c.as_of!.first ? 'lags the record' : 'runs ahead of the record'}${m === literal ? '' : ' and counts a different thing'}.${doubtNeeded(c, near.count)}${mem ? memberSentence(mem) : ''}`,
    };
  };
  const ours = firstFit(reading);
  if (ours) return otherDefinition(ours.m, ours.alt);
  for (const m of [literal, ...reading]) {
    const near = nearbyMatch(model, c, m);
    if (near) return nearby(m, near);
  }
  const confusable = firstFit(others);
  if (confusable) return otherDefinition(confusable.m, confusable.alt);
  const cand = candidates(model, record, c, literal, count, res);
  const needed = presumedNeeded(c, count);
  if (needed !== undefined) {
    const presumedLabels = list(count.members.filter((m) => m.status === 'presumed').map((m) => m.label));
    const what = `fits only if ${needed} of the ${count.presumed} members presumed open (${presumedLabels}) were not yet open, or were not counted by the source`;
    if (needed <= presumedTolerated(count.presumed)) {
      return { ...base, count, members, candidates: cand, residual: res, verdict: 'cannot_check', matchedMetric: '', matchedDay: '',
        explanation: `${recordSays}${presumedNote}; the published ${c.value} ${what}: the record lacks their opening dates.${memberNote}` };
    }
    return { ...base, count, members, candidates: cand, residual: res, verdict: 'contradicted', matchedMetric: '', matchedDay: '',
      explanation: `${recordSays}${presumedNote}; the published ${c.value} ${what}. That is more than a quarter of them, so the figure is taken as contradicted; dated openings for ${needed} of them would be needed to make it fit.${memberNote}` };
  }
  const direction = res > 0 ? `${res} more than` : `${-res} fewer than`;
  const earlier = lastFit(model, c, literal);
  const older = earlier ? ` It fitted the record at the end of ${earlier.year} (${range(earlier.count.low, earlier.count.high)}), so it may be an older figure repeated.` : '';
  const regions = c.scope === 'world' || isRokRegion(c.scope) ? '' : ' The source may group countries into regions other than continents (South Korea’s ministry counts the Middle East apart from Asia and Africa).';
  return { ...base, count, members, candidates: cand, residual: res, verdict: 'contradicted', matchedMetric: '', matchedDay: '',
    explanation: `${recordSays}${presumedNote}; the published ${c.value} is ${direction} the record, and no other definition or nearby date fits.${older}${cand.length ? ` Candidates for the difference: ${listSome(cand)}.` : ' No candidate in the record explains it.'}${regions}${memberNote}` };
}

/**
 * How many presumed members would have to be taken as not open for the figure to fit, or
 * undefined when dropping all of them would not make it fit (or there are none).
 */
function presumedNeeded(c: Claim, count: Count): number | undefined {
  if (count.presumed === 0 || !fits(c.value, c.qualifier, count.low - count.presumed, count.high)) return undefined;
  for (let k = 1; k <= count.presumed; k++) if (fits(c.value, c.qualifier, count.low - k, count.high)) return k;
  return undefined;
}

/**
 * For a figure matched only within the record's range: the members of uncertain state it needs
 * counted (a match that rests on every doubtful member is weaker than one inside the range).
 */
function doubtNeeded(c: Claim, count: Count): string {
  if (c.qualifier !== 'exact' || c.value <= count.low || c.value > count.high) return '';
  const doubtful = count.members.filter((m) => isDoubtful(m.status)).map((m) => m.label);
  const needed = c.value - count.low;
  if (doubtful.length === 0 || needed > doubtful.length) return '';
  const names = listSome(doubtful);
  if (doubtful.length === 1) return ` It matches only if the one member of uncertain state then, ${names}, is counted.`;
  return needed === doubtful.length
    ? ` It matches only if ${doubtful.length === 2 ? 'both' : `all ${doubtful.length}`} members of uncertain state then are counted: ${names}.`
    : ` It matches only if ${needed} of the ${doubtful.length} members of uncertain state then ${needed === 1 ? 'is' : 'are'} counted (${names}).`;
}

function memberSentence(d: MemberDiff): string {
  const parts = [` The source names ${d.named}.`];
  parts.push(d.missing.length ? ` The record does not count ${plural(d.missing.length, 'of them', 'of them')}: ${list(d.missing)}.` : ' The record counts every one of them.');
  if (d.extra.length) parts.push(` The record also counts ${list(d.extra)}, which the source omits.`);
  return parts.join('');
}

export function reconcileAll(model: Model, record: RawRecord): Reconciliation[] {
  return [...record.claims]
    .sort((a, b) => (a.claim_id < b.claim_id ? -1 : 1))
    .map((c) => reconcileClaim(model, record, c));
}
