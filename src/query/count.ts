// "How many X on date D?" as one answer for the command line and the notebooks: the record's
// range, the members with their type, and warnings when the question falls outside what the
// record models (metric `other`, dates outside its span). Checks its arguments and throws
// QueryError with a message that lists what is allowed. Pure: the record is passed in.
import { parsePartialDate, type PartialDate } from '../dates';
import { countAt, countChanges, noDataFor, type Model, type MemberStatus } from '../analysis/count';
import { text } from '../messages';
import { METRICS, METRIC_LABELS, ROK_REGIONS_FROM, SCOPES, isChangeMetric, isRokRegion, type Metric, type Scope } from '../schema/vocab';
import { spanWarnings } from './span';

export class QueryError extends Error {}

export interface CountMember {
  readonly id: string;
  readonly label: string;
  readonly type: string; // mission type, or partner kind
  readonly status: MemberStatus;
}

export interface CountAnswer {
  readonly metric: Metric;
  readonly definition: string; // what the metric counts, in words
  readonly scope: Scope;
  readonly date: string; // as asked: YYYY, YYYY-MM or YYYY-MM-DD
  readonly first: string; // first day covered
  readonly last: string; // last day covered
  readonly modelled: boolean; // false for metric `other`: low and high are then 0 and mean nothing
  readonly low: number;
  readonly high: number;
  readonly presumed: number;
  readonly members: readonly CountMember[];
  readonly warnings: readonly string[];
}

export function parseMetric(metric: string): Metric {
  if (!(METRICS as readonly string[]).includes(metric)) throw new QueryError(text.query.unknownMetric(metric, METRICS));
  return metric as Metric;
}

export function parseScope(scope: string): Scope {
  if (!(SCOPES as readonly string[]).includes(scope)) throw new QueryError(text.query.unknownScope(scope, SCOPES));
  return scope as Scope;
}

export function parseDate(date: string): PartialDate {
  const d = typeof date === 'string' ? parsePartialDate(date) : undefined;
  if (!d) throw new QueryError(text.query.badDate(date));
  return d;
}

export function countQuery(model: Model, analysisDate: string, metric: string, date: string, scope = 'world'): CountAnswer {
  const m = parseMetric(metric);
  const s = parseScope(scope);
  const d = parseDate(date);
  const base = { metric: m, definition: METRIC_LABELS[m], scope: s, date: d.iso, first: d.first, last: d.last };
  if (m === 'other') {
    return { ...base, modelled: false, low: 0, high: 0, presumed: 0, members: [], warnings: [text.query.notModelled] };
  }
  // Ties with both Koreas before South Korea's side is known (no kdiplo extract): no count either.
  const noData = noDataFor(m, d, model.rokFrom);
  if (noData) return { ...base, modelled: false, low: 0, high: 0, presumed: 0, members: [], warnings: [text.query.noRokData(noData)] };
  // Changes (closures, openings) are counted over the period the date stands for: "2023" is the
  // whole year; states are counted on each day of it.
  const c = isChangeMetric(m) ? countChanges(model, m, s, d.first, d.last) : countAt(model, m, s, d);
  return {
    ...base,
    modelled: true,
    low: c.low,
    high: c.high,
    presumed: c.presumed,
    members: c.members.map((x) => ({ id: x.id, label: x.label, type: x.kind, status: x.status })),
    warnings: [...spanWarnings(d, analysisDate), ...(isRokRegion(s) && d.first < ROK_REGIONS_FROM ? [text.query.rokRegionsBefore(d.iso, ROK_REGIONS_FROM.slice(0, 4))] : [])],
  };
}
