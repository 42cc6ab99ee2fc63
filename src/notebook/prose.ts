// Sentences and tables for the notebooks, generated from the processed data so that no number
// in a report is typed by hand. Each function returns HTML; every data string is escaped.
import { partialDate } from '../dates';
import { isCounted } from '../analysis/count';
import { list, plural, range } from '../analysis/words';
import { VERDICT_LABELS, type Verdict } from '../analysis/verdicts';
import { claimAnchor } from '../processed/claimreview';
import { esc, link, table } from '../report/html';
import { METRIC_LABELS, scopePhrase, type Metric } from '../schema/vocab';
import * as data from './data';

import { ORIGIN_CLAIMS } from './origin';
import type { CountAnswer } from '../query/count';
import type { RegionRow } from './api';


/** "On D the record counts N <definition>": one count answer in words, with its uncertainty. */
export function countSentence(a: CountAnswer): string {
  if (!a.modelled) return `<p>The record does not model ${esc(a.definition)}.</p>`;
  const uncertain = a.members.filter((m) => m.status === 'unknown' || m.status === 'varies').length;
  return `<p>On ${esc(a.date)} the record counts <b>${esc(range(a.low, a.high))}</b> ${esc(a.definition)}${esc(scopePhrase(a.scope))}${a.presumed ? `; ${plural(a.presumed, 'of them is', 'of them are')} presumed open, with no recorded opening date` : ''}${uncertain ? `; ${plural(uncertain, 'member is', 'members are')} of uncertain state` : ''}.</p>${a.warnings.map((w) => `<p class="warning">${esc(w)}</p>`).join('')}`;
}

/** The gap between relations with UN members and with every state or entity, on one date. */
export function gapSentence(all: CountAnswer, un: CountAnswer, extra: readonly { label: string; status: string }[]): string {
  const sure = extra.filter((m) => isCounted(m.status));
  const doubtful = extra.filter((m) => !isCounted(m.status));
  return `<p>On ${esc(all.date)} the record has relations in force with <b>${esc(range(un.low, un.high))}</b> UN member states${esc(scopePhrase(un.scope))}, and with <b>${esc(range(all.low, all.high))}</b> states and entities in all.
${sure.length ? `The partners that are not UN members: ${list(sure.map((m) => esc(m.label)))}.` : ''}
${doubtful.length ? `Of uncertain standing (suspended, disputed or changing in the period): ${list(doubtful.map((m) => esc(m.label)))}.` : ''}</p>`;
}

export function badge(verdict: string): string {
  return `<span class="verdict verdict-${esc(verdict)}">${esc(VERDICT_LABELS[verdict as Verdict] ?? verdict)}</span>`;
}

const metricLabel = (m: string) => esc(METRIC_LABELS[m as Metric] ?? m);

/** The analysis date, as the build recorded it in datapackage.json. */
export function analysisDate(): string {
  return data.dataPackage()['x-analysis-date'];
}

/** Figures in the order of the dates they describe, then by id. */
function byAsOf(a: data.ReconRow, b: data.ReconRow): number {
  const x = partialDate(a.as_of).first;
  const y = partialDate(b.as_of).first;
  return x < y ? -1 : x > y ? 1 : a.claim_id < b.claim_id ? -1 : 1;
}

export function recordSummary(): string {
  const src = data.sources();
  const claims = data.claims();
  const missions = data.missions();
  const hosts = new Set(missions.map((m) => m.sovereign_iso3));
  const partners = data.relations();
  const kinds = new Map<string, number>();
  for (const s of src) kinds.set(s.kind!, (kinds.get(s.kind!) ?? 0) + 1);
  const kindText = [...kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${n} ${esc(k)}`);
  return `<p>The record holds <b>${claims.length}</b> published figures from <b>${new Set(claims.map((c) => c.source_id)).size}</b> sources,
<b>${missions.length}</b> DPRK missions in <b>${hosts.size}</b> host states with <b>${data.missionEvents().length}</b> dated events,
and <b>${partners.length}</b> states and entities with <b>${data.relationEvents().length}</b> dated relation events.
It cites <b>${src.length}</b> sources in all: ${list(kindText)}. The analysis date, the latest date in the record, is <b>${esc(analysisDate())}</b>.</p>`;
}

export function figuresTable(filter: (r: data.ReconRow) => boolean = () => true): string {
  const titles = new Map(data.sources().map((s) => [s.source_id!, s.title!]));
  const rows = data.reconciliation().filter(filter).sort(byAsOf);
  return table(rows, [
    { title: 'As of', html: (r) => esc(r.as_of) },
    { title: 'Figure', html: (r) => esc(`${r.qualifier === 'exact' ? '' : `${r.qualifier.replace('_', ' ')} `}${r.value}`), numeric: true },
    { title: 'Wording', html: (r) => esc(r.wording) },
    { title: 'Counts', html: (r) => metricLabel(r.metric) },
    { title: 'Source', html: (r) => `${link(r.url, r.publisher)}: ${esc(titles.get(r.source_id) ?? '')}` },
  ]);
}

export function verdictCounts(filter: (r: data.ReconRow) => boolean = () => true): string {
  const rows = data.reconciliation().filter(filter);
  const by = new Map<string, number>();
  for (const r of rows) by.set(r.verdict, (by.get(r.verdict) ?? 0) + 1);
  const order = Object.keys(VERDICT_LABELS);
  const parts = order.filter((v) => by.has(v)).map((v) => `${by.get(v)} ${esc(VERDICT_LABELS[v as Verdict])}`);
  return `<p>Of the <b>${rows.length}</b> published figures, ${list(parts)}.</p>`;
}

export function originFindings(filter: (r: data.ReconRow) => boolean = () => true): string {
  const byId = new Map(data.reconciliation().filter(filter).map((r) => [r.claim_id, r]));
  const items = ORIGIN_CLAIMS.map((id) => byId.get(id)).filter((r): r is data.ReconRow => r !== undefined);
  return items
    .map((r) => `<h3>${esc(r.value)} “${esc(r.wording)}” — ${link(r.url, r.publisher)}, as of ${esc(r.as_of)}</h3>
<p>${badge(r.verdict)} ${esc(r.explanation)}</p>${r.candidates ? `<p>Candidates for the residual: ${esc(r.candidates)}.</p>` : ''}`)
    .join('\n');
}

/** The table of figures; the full table (no filter) gives each row the anchor ClaimReview links to. */
export function reconciliationTable(filter?: (r: data.ReconRow) => boolean): string {
  const rows = data.reconciliation().filter(filter ?? (() => true)).sort(byAsOf);
  return table(rows, [
    { title: 'As of', html: (r) => esc(r.as_of) },
    { title: 'Figure', html: (r) => esc(r.value), numeric: true },
    { title: 'Wording', html: (r) => esc(r.wording) },
    { title: 'Record', html: (r) => esc(range(r.record_low, r.record_high)), numeric: true },
    { title: 'Residual', html: (r) => esc(r.residual), numeric: true },
    { title: 'Verdict', html: (r) => badge(r.verdict) },
    { title: 'Why', html: (r) => esc(r.explanation) },
    { title: 'Source', html: (r) => link(r.url, r.publisher) },
  ], undefined, filter ? undefined : (r) => claimAnchor(r.claim_id));
}

export function membersComparison(claimId: string): string {
  const r = data.reconciliation().find((x) => x.claim_id === claimId);
  if (!r || Number.isNaN(r.members_named)) return `<p>No member list is recorded for ${esc(claimId)}.</p>`;
  const names = new Map(data.missions().map((m) => [m.mission_id!, `${m.city} (${m.host_country})`]));
  const show = (ids: string) => (ids ? ids.split(';').map((id) => esc(names.get(id) ?? id)) : []);
  const missing = show(r.members_missing);
  const extra = show(r.members_extra);
  return `<p>${link(r.url, r.publisher)} names <b>${r.members_named}</b> missions as of ${esc(r.as_of)}.
${missing.length ? `The record does not count ${plural(missing.length, 'of them', 'of them')} on that date: ${list(missing)}.` : 'The record counts every one of them on that date.'}
${extra.length ? `The record also counts ${plural(extra.length, 'mission', 'missions')} the list omits: ${list(extra)}.` : 'The record counts no mission that the list omits.'}</p>`;
}

export function assertionsSection(checks: readonly Record<string, string>[] = data.assertionChecks()): string {
  const src = new Map(data.sources().map((s) => [s.source_id!, s]));
  if (checks.length === 0) return '<p>No qualitative claim in the record is about a date up to this one.</p>';
  return checks
    .map((a) => {
      const s = src.get(a.source_id!);
      return `<p><b>“${esc(a.statement)}”</b> (${s ? link(s.url!, s.publisher) : esc(a.source_id)}, about ${esc(a.as_of)}): ${esc(a.explanation)}</p>`;
    })
    .join('\n');
}

/** Which partners make the gap between two relations definitions at a date. */
export function relationsGap(): string {
  const partners = data.partnerStatus();
  const un = new Set(data.relations().filter((r) => r.un_member === 'yes').map((r) => r.partner_id));
  const nonUn = partners.filter((p) => isCounted(p.status) && !un.has(p.partner_id));
  const doubtful = partners.filter((p) => p.status === 'unknown');
  const lost = partners.filter((p) => !isCounted(p.status) && p.status !== 'unknown' && isCounted(p.status_2017));
  const unNow = partners.filter((p) => isCounted(p.status) && un.has(p.partner_id)).length;
  return `<p>At the analysis date the record has relations in force with <b>${unNow}</b> UN member states.
${nonUn.length ? `Counting non-UN partners adds ${plural(nonUn.length, 'entity', 'entities')}: ${list(nonUn.map((p) => esc(p.partner_name)))}.` : ''}
${doubtful.length ? `${plural(doubtful.length, 'partner has', 'partners have')} relations of uncertain standing (suspended or disputed): ${list(doubtful.map((p) => esc(p.partner_name)))}.` : ''}
${lost.length ? `Since October 2017 the record loses ${list(lost.map((p) => esc(p.partner_name)))}.` : ''}</p>`;
}

export function changesTable(): string {
  const rows = data.changesByYear();
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const total = (y: string, k: 'openings' | 'closings') => rows.filter((r) => r.year === y).reduce((s, r) => s + r[k], 0);
  return table(years.map((y) => ({ y, o: total(y, 'openings'), c: total(y, 'closings') })), [
    { title: 'Year', html: (r) => esc(r.y) },
    { title: 'Openings', html: (r) => esc(r.o), numeric: true },
    { title: 'Closings', html: (r) => esc(r.c), numeric: true },
  ], 'Dated openings and closings of missions in the record, per year');
}

/** The record's members of a figure's count, grouped by kind, e.g. 53 = 47 + 3 + 3. */
export function memberBreakdown(claimId: string): string {
  const r = data.reconciliation().find((x) => x.claim_id === claimId);
  if (!r) return `<p>No figure ${esc(claimId)} in the record.</p>`;
  const members = data.countMembers().filter((m) => m.claim_id === claimId);
  const kinds = [...new Set(members.map((m) => m.kind!))].sort();
  const counted = (m: Record<string, string>) => isCounted(m.status);
  const parts = kinds.map((k) => {
    const sure = members.filter((m) => m.kind === k && counted(m));
    const maybe = members.filter((m) => m.kind === k && !counted(m));
    return `<li><b>${esc(k.replace(/_/g, ' '))}</b>: ${sure.length}${maybe.length ? ` (and ${maybe.length} uncertain: ${list(maybe.map((m) => esc(m.label)))})` : ''} — ${list(sure.map((m) => esc(m.label)))}</li>`;
  });
  const total = members.filter(counted).length;
  return `<p>${link(r.url, r.publisher)} gives <b>${esc(r.value)}</b> for ${esc(r.as_of)}. On that date the record counts <b>${total}</b> for certain${members.length > total ? `, and ${members.length - total} more whose state is uncertain` : ''}:</p><ul>${parts.join('\n')}</ul>`;
}

/** What counting Seoul's regional figures by continent instead of by its regions would do. */
export function regionsFinding(rows: readonly RegionRow[]): string {
  if (rows.length === 0) return '<p>No figure in view counts by South Korea\'s regions.</p>';
  const fits = (v: string) => v.startsWith('consistent');
  const withContinent = rows.filter((r) => r.continent !== '');
  const byContinent = withContinent.filter((r) => r.continent_verdict === 'contradicted').length;
  const flipped = withContinent.filter((r) => fits(r.region_verdict) && r.continent_verdict === 'contradicted').length;
  const noContinent = rows.length - withContinent.length;
  const compare = withContinent.length === 0
    ? ''
    : ` Of the ${plural(withContinent.length, 'figure', 'figures')} with a continent to compare with, <b>${byContinent}</b> would be contradicted counted by that continent instead, <b>${flipped}</b> of them by the grouping alone (they fit in Seoul's region).`;
  return `<p>South Korea's foreign ministry publishes the DPRK's partners and missions by its own regions, which are not continents: its Middle East takes in North Africa, its Europe holds Russia, Turkey, the Caucasus and Central Asia, and its Asia-Pacific holds Oceania.
Of the ${plural(rows.length, 'figure', 'figures')} it published that way, <b>${rows.filter((r) => fits(r.region_verdict)).length}</b> fit the record counted in Seoul's regions (on their date, at a nearby date or under another definition).${compare}${noContinent ? ` ${plural(noContinent, 'figure counts', 'figures count')} its Middle East, which no continent matches.` : ''}</p>`;
}
