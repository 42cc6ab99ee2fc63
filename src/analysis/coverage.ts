// How far back the record can be trusted: for each year end and each metric that counts a state,
// the record's range, how much of it rests on presumption, and how many members have a dated
// state. Pure; the build writes it as data/processed/coverage.csv and report 01 charts it.
import { dayToYear } from '../dates';
import { METRICS, isChangeMetric, isBothKoreasMetric, type Metric } from '../schema/vocab';
import { countOn, rokState, universe, type Entity, type Model } from './count';
import { stateOn } from './timeline';

export interface CoverageRow {
  readonly year: number;
  readonly metric: Metric;
  readonly low: number;
  readonly high: number;
  readonly width: number; // high - low
  readonly presumed: number; // of low, counted by presumption only
  readonly dated: number; // members of the universe whose state that day rests on a dated event
  readonly undated: number; // members with no dated state that day (presumed, unknown, or no events at all)
}

/** The metrics that count a state on a day (every metric but changes and `other`). */
export const STATE_METRICS: readonly Metric[] = METRICS.filter((m) => m !== 'other' && !isChangeMetric(m));

/** Whether the entity's state on the day is decided by a dated event (not by a default). */
function hasDatedState(e: Entity, day: string): boolean {
  if (e.children) return e.children.some((c) => hasDatedState(c, day));
  const s = stateOn(e.timeline, day);
  if (s === 'presumed' || s === 'unknown') return false;
  return e.timeline.transitions.length > 0 || e.timeline.attestations.length > 0 || e.timeline.absences.length > 0;
}

/**
 * For ties with both Koreas, South Korea's side must be decided too, unless the DPRK's side
 * already rules the partner out (rokState: kdiplo's years before December 2005, where a partner
 * it has no row for is unknown; from then the typed exceptions or the rule that stands for them).
 */
function hasDatedBothSides(e: Entity, day: string): boolean {
  return hasDatedState(e, day) && (stateOn(e.timeline, day) === 'closed' || rokState(e, day) !== 'unknown');
}

export function coverage(model: Model, fromYear: number, analysisDate: string): CoverageRow[] {
  const out: CoverageRow[] = [];
  for (const metric of STATE_METRICS) {
    for (let y = fromYear; y <= dayToYear(analysisDate); y++) {
      const day = `${y}-12-31` <= analysisDate ? `${y}-12-31` : analysisDate;
      if (isBothKoreasMetric(metric) && day < model.rokFrom) continue;
      const c = countOn(model, metric, 'world', day, day);
      const members = universe(model, metric, 'world');
      const dated = members.filter((e) => (isBothKoreasMetric(metric) ? hasDatedBothSides(e, day) : hasDatedState(e, day))).length;
      out.push({ year: y, metric, low: c.low, high: c.high, width: c.high - c.low, presumed: c.presumed, dated, undated: members.length - dated });
    }
  }
  return out;
}

/** The share of a count that rests on presumption alone above which the record is said not to support it. */
export const MAX_PRESUMED_SHARE = 0.1;

/**
 * The first year of the last unbroken run of year ends, up to the analysis date, at which `ok`
 * holds for the metric's count; undefined when it fails at the last one.
 */
export function holdsFrom<R extends Pick<CoverageRow, 'year' | 'metric'>>(rows: readonly R[], metric: Metric, ok: (r: R) => boolean): number | undefined {
  let start: number | undefined;
  for (const r of rows.filter((x) => x.metric === metric).sort((a, b) => a.year - b.year)) {
    if (!ok(r)) start = undefined;
    else if (start === undefined) start = r.year;
  }
  return start;
}

/**
 * The first year from which, at every later year end, at most 10% of the metric's count rests on
 * presumption: where the record's support begins. Undefined when no such year exists.
 */
export function supportStart(rows: readonly Pick<CoverageRow, 'year' | 'metric' | 'low' | 'presumed'>[], metric: Metric): number | undefined {
  return holdsFrom(rows, metric, (r) => (r.low === 0 ? r.presumed === 0 : r.presumed / r.low <= MAX_PRESUMED_SHARE));
}

export interface DecadeDepth {
  readonly decade: number; // 1990 for the 1990s
  readonly maxPresumedShare: number; // the largest share of the missions count presumed at a year end in the decade
  readonly maxWidth: number; // the widest range of the count at a year end in the decade
}

/** Presumed share and range width of a metric's count, decade by decade (the README quotes it). */
export function depthByDecade(rows: readonly Pick<CoverageRow, 'year' | 'metric' | 'low' | 'presumed' | 'width'>[], metric: Metric, from: number): DecadeDepth[] {
  const out: DecadeDepth[] = [];
  const series = rows.filter((r) => r.metric === metric && r.year >= from);
  for (const decade of [...new Set(series.map((r) => Math.floor(r.year / 10) * 10))].sort((a, b) => a - b)) {
    const inDecade = series.filter((r) => Math.floor(r.year / 10) * 10 === decade);
    out.push({
      decade,
      maxPresumedShare: Math.max(...inDecade.map((r) => (r.low === 0 ? 0 : r.presumed / r.low))),
      maxWidth: Math.max(...inDecade.map((r) => r.width)),
    });
  }
  return out;
}
