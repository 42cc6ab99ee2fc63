// Fact-checks qualitative claims ("the DPRK shut all its missions") against the record's count
// on the claimed date: true when the comparison holds for the whole range the record allows,
// false when it holds for none of it, undetermined otherwise. Pure.
import type { Assertion } from '../schema/tables';
import { METRIC_LABELS, type Operator } from '../schema/vocab';
import { countOn, type Count, type Model } from './count';
import { onDate, range } from './words';

export type Truth = 'true' | 'false' | 'undetermined';

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
  const count = countOn(model, a.metric, a.scope, d.first, d.last);
  let some = false;
  let all = true;
  for (let n = count.low; n <= count.high; n++) {
    const ok = HOLDS[a.operator](n, a.value);
    some ||= ok;
    all &&= ok;
  }
  const verdict: Truth = all ? 'true' : some ? 'undetermined' : 'false';
  const counted = `the record counts ${range(count.low, count.high)} ${METRIC_LABELS[a.metric]} ${onDate(d.iso)}`;
  const claim = `${WORDS[a.operator]} ${a.value}`;
  const explanation =
    verdict === 'true'
      ? `True: ${counted}, which is ${claim}.`
      : verdict === 'false'
        ? `False: ${counted}, not ${claim}.`
        : `Undetermined: ${counted}; only part of that range is ${claim}.`;
  return { assertion: a, count, verdict, explanation };
}
