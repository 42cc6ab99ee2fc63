// The notebooks' API over the record: a question in one readable line, an answer as plain rows
// that a notebook can show as a table (see show.ts). Reads data/raw/ through the loaders, once
// per kernel; writes nothing. Bad arguments throw QueryError with what is allowed.
//
//   const params = parameters({ as_of: analysisDate(), scope: 'world' });
//   count('embassies', '2019-06-30', { scope: 'africa' })    range and members on a date
//   reconcile({ value: 47, metric: 'embassies', as_of: '2017' })   a figure not yet in the data
//   timeline('chn-beijing')                                  events and states of one entity
import { BEGINNING, breakpoints, stateOn, type State } from '../analysis/timeline';
import { reconcileClaim } from '../analysis/reconcile';
import { VERDICT_LABELS } from '../analysis/verdicts';
import { range } from '../analysis/words';
import { addDays } from '../dates';
import { text } from '../messages';
import { countQuery, parseDate, parseMetric, parseScope, QueryError, type CountAnswer } from '../query/count';
import { projectRecord } from '../query/record';
import { QUALIFIERS, ROK_REGION_CONTINENT, isRokRegion, scopeName, type Qualifier, type Scope } from '../schema/vocab';
import type { Claim } from '../schema/tables';

export { QueryError, type CountAnswer };

/** The analysis date: the latest date in the record. */
export function analysisDate(): string {
  return projectRecord().analysisDate;
}

export interface Params {
  readonly as_of: string; // the date the notebook answers for, YYYY-MM-DD
  readonly scope: Scope; // world, a continent, or one of South Korea's regions (rok_...)
}

/**
 * The notebook's parameters: the defaults written in its parameters cell, overridden by
 * `npm run build -- --param as_of=2017-12-31` (which the build passes in $DPRK_PARAMS).
 */
export function parameters(defaults: { as_of: string; scope: string }): Params {
  const given = JSON.parse(process.env.DPRK_PARAMS || '{}') as Record<string, string>;
  const as_of = given.as_of ?? defaults.as_of;
  const scope = given.scope ?? defaults.scope;
  if (parseDate(as_of).precision !== 'day') throw new QueryError(text.query.badDate(as_of));
  return { as_of, scope: parseScope(scope) };
}

/** The record's count of a metric on a date (YYYY, YYYY-MM or YYYY-MM-DD), with its members. */
export function count(metric: string, date: string, opts: { scope?: string } = {}): CountAnswer {
  const r = projectRecord();
  return countQuery(r.model, r.analysisDate, metric, date, opts.scope ?? 'world');
}

/** Members of a count by type: how many are certainly counted, how many are uncertain. */
export function byType(answer: CountAnswer): { type: string; counted: number; uncertain: number }[] {
  const types = [...new Set(answer.members.map((m) => m.type))].sort();
  return types.map((type) => {
    const of = answer.members.filter((m) => m.type === type);
    const counted = of.filter((m) => m.status === 'open' || m.status === 'presumed').length;
    return { type, counted, uncertain: of.length - counted };
  });
}

export interface FigureCheck {
  readonly verdict: string;
  readonly verdict_label: string;
  readonly record_low: number;
  readonly record_high: number;
  readonly residual: number;
  readonly matched_metric: string;
  readonly matched_date: string;
  readonly explanation: string;
}

/** Reconciles a figure that is not (yet) in the data, exactly as the build reconciles claims. */
export function reconcile(figure: { value: number; metric: string; as_of: string; qualifier?: string; scope?: string; wording?: string; stated_metric?: string }): FigureCheck {
  const r = projectRecord();
  if (!Number.isInteger(figure.value) || figure.value < 0) throw new QueryError(text.query.badValue(figure.value));
  const qualifier = figure.qualifier ?? 'exact';
  if (!(QUALIFIERS as readonly string[]).includes(qualifier)) throw new QueryError(text.query.badQualifier(qualifier, QUALIFIERS));
  const claim = {
    claim_id: 'notebook-figure',
    source_id: '',
    as_of: parseDate(figure.as_of),
    metric: parseMetric(figure.metric),
    stated_metric: figure.stated_metric ? parseMetric(figure.stated_metric) : '',
    scope: parseScope(figure.scope ?? 'world'),
    value: figure.value,
    qualifier: qualifier as Qualifier,
    wording: figure.wording ?? figure.metric.replace(/_/g, ' '),
    attributed_to: '',
    confidence: 'high',
    notes: '',
  } as unknown as Claim;
  const x = reconcileClaim(r.model, r.record, claim);
  return {
    verdict: x.verdict,
    verdict_label: VERDICT_LABELS[x.verdict],
    record_low: x.count.low,
    record_high: x.count.high,
    residual: x.residual,
    matched_metric: x.matchedMetric,
    matched_date: x.matchedDay,
    explanation: x.explanation,
  };
}

export interface RegionRow {
  readonly claim_id: string;
  readonly as_of: string;
  readonly value: number;
  readonly region: string;
  readonly region_range: string;
  readonly region_verdict: string;
  readonly continent: string;
  readonly continent_range: string;
  readonly continent_verdict: string;
}

/**
 * The figures South Korea's ministry published by its own regions (scope rok_...) that describe
 * dates up to params.as_of, each reconciled in Seoul's region (as the build does) and again, the
 * same figure in every other respect, in the continent that comes nearest (none for the Middle
 * East): what counting by continent would have made of them. A scope other than the world keeps
 * the figures of that region, or of the regions nearest that continent.
 */
export function regionsAndContinents(params: Params): RegionRow[] {
  const r = projectRecord();
  return r.record.claims
    .flatMap((c) => (isRokRegion(c.scope) && c.as_of && c.as_of.first <= params.as_of ? [{ c, continent: ROK_REGION_CONTINENT[c.scope] }] : []))
    .filter(({ c, continent }) => params.scope === 'world' || c.scope === params.scope || continent === params.scope)
    .sort(({ c: a }, { c: b }) => (a.as_of!.first < b.as_of!.first ? -1 : a.as_of!.first > b.as_of!.first ? 1 : a.claim_id < b.claim_id ? -1 : 1))
    .map(({ c, continent }) => {
      const own = reconcileClaim(r.model, r.record, c);
      const alt = continent ? reconcileClaim(r.model, r.record, { ...c, scope: continent }) : undefined;
      return {
        claim_id: c.claim_id,
        as_of: c.as_of!.iso,
        value: c.value,
        region: scopeName(c.scope),
        region_range: range(own.count.low, own.count.high),
        region_verdict: own.verdict,
        continent: continent ? scopeName(continent) : '',
        continent_range: alt ? range(alt.count.low, alt.count.high) : '',
        continent_verdict: alt ? alt.verdict : '',
      };
    });
}

export interface Timeline {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly events: { date: string; event: string; qualifier: string; source: string; confidence: string }[];
  /** Consecutive periods of one state; `from` is empty for "since the record's beginning". */
  readonly periods: { from: string; until: string; state: State }[];
}

/** The dated events of one mission (e.g. chn-beijing) or partner (e.g. FRA), and the states they give. */
export function timeline(id: string): Timeline {
  const r = projectRecord();
  const all = [...r.model.missions, ...r.model.partners];
  const e = all.find((x) => x.id === id) ?? all.find((x) => x.id.toLowerCase() === String(id).toLowerCase());
  if (!e) throw new QueryError(text.query.unknownEntity(id, all.map((x) => x.id).filter((x) => x.includes(String(id).slice(0, 3).toLowerCase())).slice(0, 5)));
  const publisher = new Map(r.record.sources.map((s) => [s.source_id, s.publisher]));
  const raw = [
    ...r.record.missionEvents.filter((x) => x.mission_id === e.id),
    ...r.record.relationEvents.filter((x) => x.partner_id === e.id),
  ];
  const events = raw
    .map((x) => ({ date: x.date?.iso ?? '', event: x.event, qualifier: x.date_qualifier, source: publisher.get(x.source_id) ?? x.source_id, confidence: x.confidence }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const days = [BEGINNING, ...breakpoints([e.timeline])];
  const periods: { from: string; until: string; state: State }[] = [];
  for (const [i, day] of days.entries()) {
    const state = stateOn(e.timeline, day);
    const next = days[i + 1];
    const last = periods[periods.length - 1];
    if (last && last.state === state) last.until = next ? addDays(next, -1) : '';
    else periods.push({ from: day === BEGINNING ? '' : day, until: next ? addDays(next, -1) : '', state });
  }
  return { id: e.id, label: e.label, type: e.kind, events, periods };
}

/** Members of `a` that `b` does not count (e.g. partners in force that are not UN members). */
export function difference(a: CountAnswer, b: CountAnswer): CountAnswer['members'][number][] {
  const inB = new Set(b.members.map((m) => m.id));
  return a.members.filter((m) => !inB.has(m.id));
}
