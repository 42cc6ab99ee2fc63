// claimreview.jsonld checked property by property against Google's ClaimReview guidelines
// (developers.google.com/search/docs/appearance/structured-data/factcheck): required
// claimReviewed, reviewRating (alternateName), url; recommended author, datePublished,
// itemReviewed (a Claim with author, datePublished, appearance) and the rating's name, ratingValue,
// bestRating and worstRating. Built from the real record and from a hand-made one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeOutputs } from '../../src/pipeline/outputs';
import { VERDICTS, VERDICT_LABELS, type Verdict } from '../../src/analysis/verdicts';
import { loadRecord } from '../../src/load/record';
import { CLAIMREVIEW_FILE, RATING_VALUES, claimReviewDocument, claimText, reviewUrl, type ReviewedFigure } from '../../src/processed/claimreview';

const RAW = path.join(__dirname, '..', '..', 'data', 'raw');
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function real() {
  const l = loadRecord((f) => fs.readFileSync(path.join(RAW, f)), 'data/raw', { today: '2026-11-24' });
  const files = makeOutputs(l.record, { today: '2026-11-24' }, {}).files;
  return { record: l.record, files };
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => {
  expect(v !== null && typeof v === 'object' && !Array.isArray(v)).toBe(true);
  return v as Obj;
};
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

/** Every problem of one review, as "claim: property: what is wrong" (empty when it follows the guidelines). */
function problems(r: Obj, analysisDate: string): string[] {
  const out: string[] = [];
  const bad = (prop: string, why: string) => out.push(`${String(r.url)}: ${prop}: ${why}`);
  if (r['@type'] !== 'ClaimReview') bad('@type', 'not ClaimReview');
  // Required.
  if (!nonEmpty(r.claimReviewed)) bad('claimReviewed', 'empty');
  for (const label of Object.values(VERDICT_LABELS)) if (String(r.claimReviewed).includes(label)) bad('claimReviewed', 'holds the rating');
  if (!nonEmpty(r.url) || !/#claim-[a-z0-9][a-z0-9_-]*$/.test(String(r.url))) bad('url', 'not an anchor of a figure');
  const rating = obj(r.reviewRating);
  if (rating['@type'] !== 'Rating') bad('reviewRating.@type', 'not Rating');
  if (!nonEmpty(rating.alternateName)) bad('reviewRating.alternateName', 'empty');
  // Recommended.
  if (!nonEmpty(rating.name)) bad('reviewRating.name', 'empty');
  if (rating.ratingValue !== undefined) {
    if (!Number.isInteger(rating.ratingValue) || (rating.ratingValue as number) < 1 || (rating.ratingValue as number) > 5) bad('reviewRating.ratingValue', 'not an integer 1–5');
    if (rating.bestRating !== 5) bad('reviewRating.bestRating', 'not 5');
    if (rating.worstRating !== 1) bad('reviewRating.worstRating', 'not 1');
  }
  const author = obj(r.author);
  if (author['@type'] !== 'Organization' || !nonEmpty(author.name)) bad('author', 'no named Organization');
  if (r.datePublished !== analysisDate) bad('datePublished', `not the analysis date ${analysisDate}`);
  const claim = obj(r.itemReviewed);
  if (claim['@type'] !== 'Claim') bad('itemReviewed.@type', 'not Claim');
  const claimAuthor = obj(claim.author);
  if (!['Organization', 'Person'].includes(String(claimAuthor['@type'])) || !nonEmpty(claimAuthor.name)) bad('itemReviewed.author', 'no named author');
  if (claim.datePublished !== undefined && !ISO_DATE.test(String(claim.datePublished))) bad('itemReviewed.datePublished', 'not ISO 8601');
  const appearance = obj(claim.appearance);
  if (appearance['@type'] !== 'CreativeWork' || !/^https?:\/\//.test(String(appearance.url))) bad('itemReviewed.appearance', 'no CreativeWork with an http(s) url');
  if (!nonEmpty(appearance.headline)) bad('itemReviewed.appearance.headline', 'no source title');
  return out;
}

describe('claimreview.jsonld from the real record', () => {
  const { record, files } = real();
  const text = files.get(CLAIMREVIEW_FILE)!;
  const doc = JSON.parse(text) as { '@context': string; '@graph': Obj[] };
  const analysisDate = (JSON.parse(files.get('datapackage.json')!) as Record<string, string>)['x-analysis-date']!;

  it('has one ClaimReview per published figure, in claim id order', () => {
    expect(doc['@context']).toBe('https://schema.org');
    const ids = doc['@graph'].map((r) => String(r.url).replace(/^.*#claim-/, ''));
    expect(ids).toEqual(record.claims.map((c) => c.claim_id).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every review each required and recommended property of Google’s guidelines', () => {
    expect(doc['@graph'].flatMap((r) => problems(r, analysisDate))).toEqual([]);
  });

  it('rates each verdict as documented, and its alternateName is the verdict label', () => {
    const verdicts = new Map(files.get('reconciliation.csv')!.split('\n').slice(1).filter(Boolean).map((l) => [l.split(',')[0]!, VERDICTS.find((v) => l.includes(`,${v},`))!]));
    for (const r of doc['@graph']) {
      const v = verdicts.get(String(r.url).replace(/^.*#claim-/, ''))!;
      expect(v).toBeDefined();
      const rating = r.reviewRating as Obj;
      expect(rating.alternateName).toBe(VERDICT_LABELS[v]);
      expect(rating.ratingValue).toBe(RATING_VALUES[v]);
    }
  });

  it('links the Daily NK 54 to its source with the source’s date and title', () => {
    const r = doc['@graph'].find((x) => String(x.url).endsWith('#claim-dailynk-2018-missions-54'))!;
    expect(r.url).toBe('02-reconcile-figures.html#claim-dailynk-2018-missions-54');
    expect(r.claimReviewed).toBe('54 consulates abroad');
    const claim = r.itemReviewed as Obj;
    const src = record.sources.find((s) => s.source_id === 'dailynk-2018-07-diplomats-recalled')!;
    expect((claim.appearance as Obj).url).toBe(src.url);
    expect((claim.appearance as Obj).headline).toBe(src.title);
    expect(claim.datePublished).toBe(src.published?.iso);
    expect((r.reviewRating as Obj).ratingValue).toBe(3);
  });

  it('is listed in datapackage.json beside the tables', () => {
    const pkg = JSON.parse(files.get('datapackage.json')!) as { 'x-other-files': { path: string; mediatype: string }[] };
    expect(pkg['x-other-files']).toEqual([expect.objectContaining({ path: CLAIMREVIEW_FILE, mediatype: 'application/ld+json' })]);
  });

  it('is byte-identical from build to build', () => {
    expect(real().files.get(CLAIMREVIEW_FILE)).toBe(text);
  });
});

describe('ClaimReview of a hand-made figure', () => {
  const fig = (verdict: Verdict, o: Partial<ReviewedFigure> = {}): ReviewedFigure => ({
    claimId: 'x-1', value: 160, qualifier: 'about', wording: 'countries', asOf: '2020', verdict, explanation: 'Because.', attributedTo: '',
    source: { publisher: 'Pub', title: 'A title', url: 'https://example.org/a', published: '2020-05' }, ...o,
  });
  const one = (f: ReviewedFigure, base?: string) => (JSON.parse(claimReviewDocument([f], '2024-01-31', base)) as { '@graph': Obj[] })['@graph'][0]!;

  it('uses the base URL when one is configured, a fragment into report 02 otherwise', () => {
    expect(reviewUrl('x-1', 'https://example.org/r/')).toBe('https://example.org/r/02-reconcile-figures.html#claim-x-1');
    expect(one(fig('consistent'), 'https://example.org/r/').url).toBe('https://example.org/r/02-reconcile-figures.html#claim-x-1');
    expect(one(fig('consistent')).url).toBe('02-reconcile-figures.html#claim-x-1');
  });
  it('maps the verdicts to 5, 4, 3, 1 and leaves cannot_check without a number', () => {
    expect(VERDICTS.map((v) => (one(fig(v)).reviewRating as Obj).ratingValue)).toEqual([5, 3, 4, 1, undefined]);
    expect(problems(one(fig('cannot_check')), '2024-01-31')).toEqual([]);
  });
  it('credits the figure to whom the source attributes it', () => {
    expect(((one(fig('consistent', { attributedTo: 'ROK MOFA' })).itemReviewed as Obj).author as Obj).name).toBe('ROK MOFA');
    expect(((one(fig('consistent')).itemReviewed as Obj).author as Obj).name).toBe('Pub');
  });
  it('words the claim with its qualifier, without repeating a number the wording holds', () => {
    expect(claimText({ value: 160, qualifier: 'about', wording: 'countries' })).toBe('about 160 countries');
    expect(claimText({ value: 150, qualifier: 'more_than', wording: 'over 150 countries' })).toBe('over 150 countries');
    expect(claimText({ value: 5, qualifier: 'exact', wording: 'of 150 embassies' })).toBe('5 of 150 embassies');
  });
  it('the checker catches a review that misses a required property (it can fail)', () => {
    const r = one(fig('consistent'));
    delete (r.reviewRating as Obj).alternateName;
    r.claimReviewed = '';
    expect(problems(r, '2024-01-31')).toEqual(['02-reconcile-figures.html#claim-x-1: claimReviewed: empty', '02-reconcile-figures.html#claim-x-1: reviewRating.alternateName: empty']);
  });
});
