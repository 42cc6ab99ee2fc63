// The verdict vocabulary and the rules that decide between its terms. Pure and small, so each
// rule can be pinned by a unit test on a hand-made record.
import type { Qualifier } from '../schema/vocab';

export const VERDICTS = [
  'consistent',
  'consistent_other_definition',
  'consistent_nearby_date',
  'contradicted',
  'cannot_check',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  consistent: 'consistent with the record',
  consistent_other_definition: 'consistent under a different definition',
  consistent_nearby_date: 'consistent at a nearby date (publication lag)',
  contradicted: 'contradicted by the record',
  cannot_check: 'cannot be checked against the record',
};

/** How far "about N" may be from N: 10%, at least 1. */
export function aboutTolerance(value: number): number {
  return Math.max(1, Math.round(value * 0.1));
}

/** Whether a published value fits a record range [low, high] under its qualifier. */
export function fits(value: number, qualifier: Qualifier, low: number, high: number): boolean {
  switch (qualifier) {
    case 'exact':
      return low <= value && value <= high;
    case 'about': {
      const t = aboutTolerance(value);
      return value - t <= high && low <= value + t;
    }
    case 'more_than':
      return high > value;
    case 'at_least':
      return high >= value;
  }
}

/** Signed distance from the value to the range: positive when the source says more than the record. */
export function residual(value: number, qualifier: Qualifier, low: number, high: number): number {
  if (fits(value, qualifier, low, high)) return 0;
  if (qualifier === 'more_than' || qualifier === 'at_least') return value - high + (qualifier === 'more_than' ? 1 : 0);
  const t = qualifier === 'about' ? aboutTolerance(value) : 0;
  return value - t > high ? value - t - high : value + t - low;
}

/** Days of publication lag tolerated: the record may be checked up to two years before the as-of date and half a year after. */
export const LAG_BEFORE_DAYS = 730;
export const LAG_AFTER_DAYS = 183;
/** How far back a contradicted figure is searched for the year it last fitted (an old figure repeated). */
export const STALE_YEARS = 10;

/** A record range wider than this cannot confirm or refute a figure: 25% of it, at least 5. */
export function tooWide(value: number, low: number, high: number): boolean {
  return high - low > Math.max(5, Math.round(value * 0.25));
}

/**
 * How many presumed members a figure may need to be not yet open and still be "cannot check":
 * one, or a quarter of them. A figure that needs more is contradicted: presumption is a gap in
 * the record, and a gap must not hide a figure that is far too low.
 */
export function presumedTolerated(presumed: number): number {
  return Math.max(1, Math.floor(presumed / 4));
}
