// Fact-checks qualitative claims ("the DPRK shut all its missions") against the record's count
// on the claimed date: true when the comparison holds for the whole range the record allows,
// false when it holds for none of it, undetermined otherwise. Pure.
import type { Assertion } from '../schema/tables';
import { METRIC_LABELS, isChangeMetric, scopePhrase, type Operator } from '../schema/vocab';
import { countOn, noDataFor, type Count, type Model } from './count';
import { onDate, range } from './words';

export type Truth = 'true' | 'false' | 'undetermined' | 'cannot_check';

export interface AssertionCheck {
  readonly assertion: Assertion;
  readonly count: Count;
  readonly verdict: Truth;
  readonly explanation: string;
}

const HOLDS: Record<Operator, (n: number, v: number) => boolean> = {
  eq: (n, v) => n === v,
  lt: (n, v) => n < v,
  le: (n, v) => n <= v,
  gt: (n, v) => n > v,
  ge: (n, v) => n >= v,
};

const WORDS: Record<Operator, string> = { eq: 'exactly', lt: 'fewer than', le: 'at most', gt: 'more than', ge: 'at least' };

export function checkAssertion(model: Model, a: Assertion): AssertionCheck {
  const d = a.as_of!;
  // A quantity the record does not count is never "0": it cannot be checked at all. Counts of
  // changes need a period, which an assertion does not carry.
  const unmodelled =
    a.metric === 'other' || isChangeMetric(a.metric) ? `the record does not model this quantity (${METRIC_LABELS[a.metric]})` : noDataFor(a.metric, d, model.rokFrom);
  if (unmodelled) {
    const none: Count = { metric: a.metric, scope: a.scope, first: d.first, last: d.last, low: 0, high: 0, presumed: 0, members: [] };
    return { assertion: a, count: none, verdict: 'cannot_check', explanation: `Cannot be checked: ${unmodelled}.` };
  }
  const count = countOn(model, a.metric, a.scope, d.first, d.last);
  let some = false;
  let all = true;
  for (let n = count.low; n <= count.high; n++) {
    const ok = HOLDS[a.operator](n, a.value);
    some ||= ok;
    all &&= ok;
  }
  const verdict: Truth = all ? 'true' : some ? 'undetermined' : 'false';
  const counted = `the record counts ${range(count.low, count.high)} ${METRIC_LABELS[a.metric]}${scopePhrase(a.scope)} ${onDate(d.iso)}`;
  const claim = `${WORDS[a.operator]} ${a.value}`;
  const explanation =
    verdict === 'true'
      ? `True: ${counted}, which is ${claim}.`
      : verdict === 'false'
        ? `False: ${counted}, not ${claim}.`
        : `Undetermined: ${counted}; only part of that range is ${claim}.`;
  return { assertion: a, count, verdict, explanation };
}
