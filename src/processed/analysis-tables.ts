// Column definitions of the analysis outputs in data/processed/ (reconciliation, fact checks,
// trends, statuses). Each column says what it means; datapackage.json is made from these.
import type { AssertionCheck } from '../analysis/assertions';
import type { Reconciliation } from '../analysis/reconcile';
import type { OpenPoint, RelationPoint } from '../analysis/trends';
import type { OutColumn, OutTable } from './columns';

type Col<R> = OutColumn<R>;
const s = <R>(name: string, description: string, get: (r: R) => string, values?: readonly string[], text = false): Col<R> => ({
  name, type: 'string', description, required: false, text, get, ...(values ? { values } : {}),
});
const n = <R>(name: string, description: string, get: (r: R) => number | undefined): Col<R> => ({
  name, type: 'integer', description, required: false, text: false, get: (r) => { const v = get(r); return v === undefined ? '' : String(v); },
});
const b = <R>(name: string, description: string, get: (r: R) => boolean): Col<R> => ({
  name, type: 'boolean', description, required: false, text: false, get: (r) => (get(r) ? 'yes' : 'no'),
});

export interface ReconRow extends Reconciliation { readonly publisher: string; readonly url: string }

export const reconciliationTable: OutTable<ReconRow> = {
  name: 'reconciliation',
  file: 'reconciliation.csv',
  title: 'Each published figure reconciled with the record',
  description: 'For every row of claims.csv: the record’s count under the figure’s own definition at its as-of date, the residual, a verdict and a generated explanation.',
  key: ['claim_id'],
  foreignKeys: [{ column: 'claim_id', table: 'claims', refColumn: 'claim_id' }],
  columns: [
    s('claim_id', 'The figure (claims.claim_id).', (r) => r.claim.claim_id),
    s('source_id', 'Its source (sources.source_id).', (r) => r.claim.source_id),
    s('publisher', 'Publisher of the source.', (r) => r.publisher, undefined, true),
    s('url', 'Address of the source.', (r) => r.url, undefined, true),
    s('as_of', 'The date the figure describes.', (r) => r.claim.as_of?.iso ?? ''),
    s('metric', 'What the figure counts (our reading).', (r) => r.claim.metric),
    s('literal_metric', 'What the source’s words say it counts; the count below uses it.', (r) => r.literal),
    s('scope', "world, a continent, or one of South Korea's regions (rok_...).", (r) => r.claim.scope),
    n('value', 'The published number.', (r) => r.claim.value),
    s('qualifier', 'exact, about, more_than or at_least.', (r) => r.claim.qualifier),
    s('wording', 'The source’s own term.', (r) => r.claim.wording, undefined, true),
    n('record_low', 'Fewest counted by the record on any day of the as-of date (open + presumed).', (r) => r.count.low),
    n('record_high', 'Most possibly counted (adds members whose state is uncertain).', (r) => r.count.high),
    n('record_presumed', 'Members counted at record_low only because they are presumed open (no opening date recorded).', (r) => r.count.presumed),
    n('residual', 'Published value minus the nearest record count under the literal definition (0 when it fits).', (r) => r.residual),
    s('verdict', 'The verdict (see README).', (r) => r.verdict, ['consistent', 'consistent_other_definition', 'consistent_nearby_date', 'contradicted', 'cannot_check']),
    s('matched_metric', 'The definition under which the figure fits, if any.', (r) => r.matchedMetric),
    s('matched_date', 'For a nearby-date match, the day the figure fits the record.', (r) => r.matchedDay),
    n('members_named', 'How many members the source names (empty when it names none).', (r) => r.members?.named),
    s('members_missing', 'Named by the source but not counted by the record (;-separated ids).', (r) => r.members?.missing.join(';') ?? ''),
    s('members_extra', 'Counted by the record but not named by the source (;-separated ids).', (r) => r.members?.extra.join(';') ?? ''),
    s('candidates', 'Record entries that could explain a residual (;-separated).', (r) => r.candidates.join('; '), undefined, true),
    s('explanation', 'One generated sentence explaining the verdict.', (r) => r.explanation, undefined, true),
  ],
};

export const assertionTable: OutTable<AssertionCheck> = {
  name: 'assertion_checks',
  file: 'assertion_checks.csv',
  title: 'Qualitative claims checked against the record',
  description: 'For every row of assertions.csv: the record’s count on the date and whether the claim holds.',
  key: ['assertion_id'],
  foreignKeys: [{ column: 'assertion_id', table: 'assertions', refColumn: 'assertion_id' }],
  columns: [
    s('assertion_id', 'The claim (assertions.assertion_id).', (r) => r.assertion.assertion_id),
    s('source_id', 'Its source.', (r) => r.assertion.source_id),
    s('as_of', 'The date the claim is about.', (r) => r.assertion.as_of?.iso ?? ''),
    s('statement', 'The claim in our words.', (r) => r.assertion.statement, undefined, true),
    n('record_low', 'Fewest counted by the record that day.', (r) => r.count.low),
    n('record_high', 'Most possibly counted that day.', (r) => r.count.high),
    s('verdict', 'true, false, undetermined, or cannot_check (the record does not model the quantity then).', (r) => r.verdict, ['true', 'false', 'undetermined', 'cannot_check']),
    s('explanation', 'Generated sentence.', (r) => r.explanation, undefined, true),
  ],
};

export const openMissionsTable: OutTable<OpenPoint> = {
  name: 'open_missions',
  file: 'open_missions.csv',
  title: 'Open missions by type over time',
  description: 'Missions open at every day a mission’s state can change and at each year end; "all" = embassies + consulates general + permanent missions (South Korea’s register).',
  key: ['mission_type', 'point', 'date'],
  foreignKeys: [],
  columns: [
    s('date', 'Day (YYYY-MM-DD).', (r) => r.date),
    s('point', 'event: a day a mission’s state can change; year_end: 31 December.', (r) => r.point, ['event', 'year_end']),
    s('mission_type', 'Mission type, or all.', (r) => r.mission_type),
    n('low', 'Open that day (open + presumed).', (r) => r.low),
    n('high', 'Possibly open (adds uncertain states).', (r) => r.high),
    n('presumed', 'Of low, counted by presumption.', (r) => r.presumed),
  ],
};

export const relationsTable: OutTable<RelationPoint> = {
  name: 'relations_by_year',
  file: 'relations_by_year.csv',
  title: 'Relations in force by year, under each definition',
  description: 'Partners with relations at each year end (or the analysis date in its last year) under the four relations metrics.',
  key: ['metric', 'year'],
  foreignKeys: [],
  columns: [
    n('year', 'Year.', (r) => r.year),
    s('metric', 'Definition.', (r) => r.metric),
    n('low', 'Counted (in force + presumed).', (r) => r.low),
    n('high', 'Possibly counted.', (r) => r.high),
    n('presumed', 'Of low, counted by presumption (no dated establishment).', (r) => r.presumed),
  ],
};

export interface ChangesRow { readonly year: string; readonly mission_type: string; readonly openings: number; readonly closings: number }

export const changesTable: OutTable<ChangesRow> = {
  name: 'mission_changes_by_year',
  file: 'mission_changes_by_year.csv',
  title: 'Openings and closings of missions per year',
  description: 'Dated openings (opened, reopened) and closings per year and mission type; "unknown" collects changes that cannot be placed in one year.',
  key: ['year', 'mission_type'],
  foreignKeys: [],
  columns: [
    s('year', 'Year, or unknown.', (r) => r.year),
    s('mission_type', 'Mission type.', (r) => r.mission_type),
    n('openings', 'Openings and reopenings.', (r) => r.openings),
    n('closings', 'Closings.', (r) => r.closings),
  ],
};

export interface StatusRow {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
  readonly iso3: string;
  readonly continent: string;
  readonly status: string;
  readonly status2017: string;
}

export const missionStatusTable: OutTable<StatusRow> = {
  name: 'mission_status',
  file: 'mission_status.csv',
  title: 'Status of each mission at the analysis date and in September 2017',
  description: 'open, presumed (open, no opening date), unknown, closed; at the analysis date and on 2017-09-21 (the Foreign Policy map).',
  key: ['mission_id'],
  foreignKeys: [{ column: 'mission_id', table: 'missions', refColumn: 'mission_id' }],
  columns: [
    s('mission_id', 'The mission.', (r) => r.id),
    s('label', 'City (host).', (r) => r.label, undefined, true),
    s('mission_type', 'Type.', (r) => r.kind),
    s('host_iso3', 'Host ISO3.', (r) => r.iso3),
    s('continent', 'Continent of the host.', (r) => r.continent),
    s('status', 'State at the analysis date.', (r) => r.status, ['open', 'presumed', 'unknown', 'closed']),
    s('status_2017', 'State on 2017-09-21.', (r) => r.status2017, ['open', 'presumed', 'unknown', 'closed']),
  ],
};

export const partnerStatusTable: OutTable<StatusRow> = {
  name: 'partner_status',
  file: 'partner_status.csv',
  title: 'Status of each partner’s relations at the analysis date and in 2017',
  description: 'Relations in force (open), presumed, unknown (suspended, disputed) or not in force (closed).',
  key: ['partner_id'],
  foreignKeys: [{ column: 'partner_id', table: 'relations', refColumn: 'partner_id' }],
  columns: [
    s('partner_id', 'The partner.', (r) => r.id),
    s('partner_name', 'Name.', (r) => r.label, undefined, true),
    s('partner_kind', 'state, non_un_state or organisation.', (r) => r.kind),
    s('continent', 'Continent.', (r) => r.continent),
    s('status', 'State at the analysis date.', (r) => r.status, ['open', 'presumed', 'unknown', 'closed']),
    s('status_2017', 'State on 2017-10-31.', (r) => r.status2017, ['open', 'presumed', 'unknown', 'closed']),
  ],
};

export interface CountMemberRow { readonly claim_id: string; readonly member_id: string; readonly label: string; readonly kind: string; readonly status: string }

export const countMembersTable: OutTable<CountMemberRow> = {
  name: 'count_members',
  file: 'count_members.csv',
  title: 'Who makes up the record’s count for each published figure',
  description: 'For every figure the record can count: each mission or partner counted (or possibly counted) under the figure’s literal definition at its as-of date.',
  key: ['claim_id', 'member_id'],
  foreignKeys: [{ column: 'claim_id', table: 'claims', refColumn: 'claim_id' }],
  columns: [
    s('claim_id', 'The figure.', (r) => r.claim_id),
    s('member_id', 'mission_id or partner_id.', (r) => r.member_id),
    s('label', 'Name.', (r) => r.label, undefined, true),
    s('kind', 'Mission type or partner kind.', (r) => r.kind),
    s('status', 'open, presumed (open with no dated opening), unknown, or varies (changes during the as-of date).', (r) => r.status, ['open', 'presumed', 'unknown', 'varies']),
  ],
};

export const coverageTable: OutTable<import('../analysis/coverage').CoverageRow> = {
  name: 'coverage',
  file: 'coverage.csv',
  title: 'How far back the record can be trusted',
  description: 'For each year end (the analysis date in its last year) and each metric that counts a state: the record’s range, its width, how much of it rests on presumption, and how many members have a dated state. Counts of ties with both Koreas start when the record holds South Korea’s relations.',
  key: ['metric', 'year'],
  foreignKeys: [],
  columns: [
    n('year', 'Year (counted on 31 December, or on the analysis date in its last year).', (r) => r.year),
    s('metric', 'The metric (see data/raw/README.md).', (r) => r.metric),
    n('low', 'Fewest counted (open + presumed).', (r) => r.low),
    n('high', 'Most possibly counted (adds uncertain states).', (r) => r.high),
    n('width', 'high minus low: how uncertain the count is.', (r) => r.width),
    n('presumed', 'Of low, members counted only because they are presumed open (no dated opening or earlier attestation).', (r) => r.presumed),
    n('dated', 'Members of the metric’s universe whose state that day rests on a dated event or list.', (r) => r.dated),
    n('undated', 'Members with no dated state that day: presumed, unknown, or with no events at all.', (r) => r.undated),
  ],
};

export const evidenceTable: OutTable<import('../analysis/evidence').Evidence> = {
  name: 'derived_evidence',
  file: 'derived_evidence.csv',
  title: 'Evidence the build derives from lists and third-party data',
  description: 'Attestations that no event row states: each member a source names for a stock figure, on the figure’s as-of date; each year the Correlates of War data show diplomatic exchange with a partner; and the host country of each embassy seen open, on that day.',
  key: ['entity', 'id', 'date', 'origin'],
  foreignKeys: [{ column: 'source_id', table: 'sources', refColumn: 'source_id' }],
  columns: [
    s('entity', 'mission or partner.', (r) => r.entity, ['mission', 'partner']),
    s('id', 'mission_id, or partner_id.', (r) => r.id),
    s('date', 'The date it is attested (as written: YYYY, YYYY-MM or YYYY-MM-DD).', (r) => r.date.iso),
    s('source_id', 'The source (sources.source_id).', (r) => r.source_id),
    s('origin', 'The row it is derived from: a claim in claim_members.csv, a line of a file in data/external/, or a mission event or list naming an embassy (for its host).', (r) => r.origin, undefined, true),
    b('weak', 'yes when the list is a low-confidence figure: a weak sighting that counts on its day but neither implies a reopening nor narrows a window, like a low event row.', (r) => r.weak),
  ],
};
