// Writes the verdicts as schema.org ClaimReview (JSON-LD), one per published figure, for
// fact-checkers and search engines. Pure: from reconciled figures and their sources to text.
// Dates come from the record (the analysis date, the sources' publication dates), never the clock.
//
// Rating scale (schema.org / Google's 1 = false … 5 = true), from the verdict:
//   consistent 5 · consistent_nearby_date 4 (true, but of an earlier day) ·
//   consistent_other_definition 3 (the number is right for another definition than its words say) ·
//   contradicted 1 · cannot_check: no ratingValue (a text rating only: it is not judged).
import type { Reconciliation } from '../analysis/reconcile';
import { VERDICT_LABELS, type Verdict } from '../analysis/verdicts';
import type { Source } from '../schema/tables';
import { RECONCILE_REPORT, REPORT_BASE_URL, REVIEW_AUTHOR } from '../config';

export const CLAIMREVIEW_FILE = 'claimreview.jsonld';

/** How datapackage.json names the file (it is not a table, so not one of its resources). */
export const CLAIMREVIEW_RESOURCE = {
  path: CLAIMREVIEW_FILE,
  format: 'jsonld',
  mediatype: 'application/ld+json',
  description: 'Every verdict as a schema.org ClaimReview (JSON-LD), one per row of reconciliation.csv; the rating scale is documented in the README.',
} as const;

export const RATING_VALUES: Readonly<Record<Verdict, number | undefined>> = {
  consistent: 5,
  consistent_nearby_date: 4,
  consistent_other_definition: 3,
  contradicted: 1,
  cannot_check: undefined,
};

/** Short verdict names for Rating.name (the long label goes to alternateName, as Google shows it). */
export const RATING_NAMES: Readonly<Record<Verdict, string>> = {
  consistent: 'Consistent',
  consistent_nearby_date: 'Consistent at a nearby date',
  consistent_other_definition: 'Consistent under another definition',
  contradicted: 'Contradicted',
  cannot_check: 'Cannot be checked',
};

export interface ReviewedFigure {
  readonly claimId: string;
  readonly value: number;
  readonly qualifier: string;
  readonly wording: string;
  readonly asOf: string;
  readonly verdict: Verdict;
  readonly explanation: string;
  readonly attributedTo: string; // who produced the figure, '' when the source itself
  readonly source: { readonly publisher: string; readonly title: string; readonly url: string; readonly published: string };
}

export function reviewedFigure(r: Reconciliation, s: Source | undefined): ReviewedFigure {
  return {
    claimId: r.claim.claim_id, value: r.claim.value, qualifier: r.claim.qualifier, wording: r.claim.wording, asOf: r.claim.as_of?.iso ?? '',
    verdict: r.verdict, explanation: r.explanation, attributedTo: r.claim.attributed_to ?? '',
    source: { publisher: s?.publisher ?? '', title: s?.title ?? '', url: s?.url ?? '', published: s?.published?.iso ?? '' },
  };
}

const QUALIFIER_WORDS: Record<string, string> = { exact: '', about: 'about ', more_than: 'more than ', at_least: 'at least ' };

/** The anchor of a figure in report 02 (its row in the table of every figure). */
export const claimAnchor = (claimId: string) => `claim-${claimId}`;

export function reviewUrl(claimId: string, base = REPORT_BASE_URL): string {
  return `${base}${RECONCILE_REPORT}#${claimAnchor(claimId)}`;
}

/** "54 consulates abroad", "about 160 countries"; the wording alone when it already holds the number. */
export function claimText(f: Pick<ReviewedFigure, 'value' | 'qualifier' | 'wording'>): string {
  if (new RegExp(`(^|\\D)${f.value}(\\D|$)`).test(f.wording)) return f.wording;
  return `${QUALIFIER_WORDS[f.qualifier] ?? ''}${f.value} ${f.wording}`;
}

export function claimReview(f: ReviewedFigure, analysisDate: string, base = REPORT_BASE_URL): Record<string, unknown> {
  const rating = RATING_VALUES[f.verdict];
  const org = (name: string) => ({ '@type': 'Organization', name });
  return {
    '@type': 'ClaimReview',
    '@id': reviewUrl(f.claimId, base),
    url: reviewUrl(f.claimId, base),
    claimReviewed: claimText(f),
    datePublished: analysisDate,
    author: { '@type': 'Organization', name: REVIEW_AUTHOR, ...(base ? { url: base } : {}) },
    itemReviewed: {
      '@type': 'Claim',
      author: org(f.attributedTo || f.source.publisher),
      ...(f.source.published ? { datePublished: f.source.published } : {}),
      temporalCoverage: f.asOf,
      appearance: {
        '@type': 'CreativeWork',
        url: f.source.url,
        headline: f.source.title,
        publisher: org(f.source.publisher),
        ...(f.source.published ? { datePublished: f.source.published } : {}),
      },
    },
    reviewRating: {
      '@type': 'Rating',
      name: RATING_NAMES[f.verdict],
      alternateName: VERDICT_LABELS[f.verdict],
      ...(rating === undefined ? {} : { ratingValue: rating, bestRating: 5, worstRating: 1 }),
      ratingExplanation: f.explanation,
    },
  };
}

/** The whole file: a JSON-LD graph of every review, in claim id order, two-space indented. */
export function claimReviewDocument(figures: readonly ReviewedFigure[], analysisDate: string, base = REPORT_BASE_URL): string {
  const sorted = [...figures].sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
  const doc = { '@context': 'https://schema.org', '@graph': sorted.map((f) => claimReview(f, analysisDate, base)) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
