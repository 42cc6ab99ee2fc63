// Settings of the published output that are not data. Compiled into dist/, so changing one makes
// the build regenerate what depends on it (a setting read from the environment would not).

/**
 * Where the reports are published, ending in "/" (e.g. "https://example.org/dprk/"). ClaimReview
 * items (data/processed/claimreview.jsonld) point to `${REPORT_BASE_URL}02-reconcile-figures.html#claim-…`.
 * Empty: they carry a fragment relative to the reports folder, `02-reconcile-figures.html#claim-…`,
 * which resolves correctly where report 02 embeds them.
 */
export const REPORT_BASE_URL = '';

/** The report that explains each verdict, and holds the anchor of each figure. */
export const RECONCILE_REPORT = '02-reconcile-figures.html';

/** Who publishes the reviews (ClaimReview.author). */
export const REVIEW_AUTHOR = 'dprk-missions: a reproducible reconciliation of published figures';
