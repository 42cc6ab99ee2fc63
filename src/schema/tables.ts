// The ten raw tables: for each, its file, its primary key, its references to other tables, and
// one zod schema per row that validates the strings of the file and yields the typed row. The
// TypeScript row types below are inferred from these schemas, so they cannot drift apart.
import { z } from 'zod';
import { expect } from '../messages';
import { countryByCode } from '../countries';
import * as f from './fields';
import * as v from './vocab';

export interface SchemaContext {
  /** Latest date accepted in the data (the day the build runs; injected for tests). */
  readonly today: string;
}

const notes = () => f.text('Free-text notes in our own words: doubts, reasoning, how a date was derived.', false);
const confidence = () =>
  f.requiredVocabulary('How well supported the row is: high (official or two independent sources), medium (one good source), low (weak source or inference, explained in notes).', v.CONFIDENCE);

/** A problem found by comparing cells of one row. */
export interface RowProblem {
  readonly column: string;
  readonly expected: string;
}

/**
 * Checks across columns run on the raw strings, whatever else is wrong with the row, so that
 * one run lists every problem. A check is skipped when its inputs are themselves invalid.
 */
function countryName(name: string, code: string, column: string): RowProblem[] {
  return countryByCode(code) && name !== '' && !f.nameMatchesCode(name, code) ? [{ column, expected: expect.countryName(code) }] : [];
}

export const missionRowChecks = (raw: Record<string, string>): RowProblem[] => countryName(raw.host_country ?? '', raw.host_iso3 ?? '', 'host_country');

export const relationRowChecks = (raw: Record<string, string>): RowProblem[] => {
  const out = countryName(raw.partner_name ?? '', raw.partner_id ?? '', 'partner_name');
  const known = countryByCode(raw.partner_id ?? '');
  const said = raw.un_member === 'yes' ? true : raw.un_member === 'no' ? false : undefined;
  if (known && said !== undefined && known.unMember !== said) out.push({ column: 'un_member', expected: expect.unMember(raw.partner_id ?? '', known.unMember) });
  return out;
};

export const sources = (c: SchemaContext) =>
  z.object({
    source_id: f.slug('Unique id of the source.'),
    publisher: f.text('Who published it (outlet, ministry, organisation).'),
    title: f.text('Title of the page or document, shortened, in English where possible.'),
    url: f.url('Address of the page (http or https).'),
    published: f.date('Publication date at the precision known; empty when undated.', c.today, false),
    kind: f.requiredVocabulary('What kind of source it is.', v.SOURCE_KINDS),
    language: f.text('ISO 639-1 code of the language of the page.'),
    notes: notes(),
  });

export const claims = (c: SchemaContext) =>
  z.object({
    claim_id: f.slug('Unique id of the published figure.'),
    source_id: f.slug('The source that published the figure (sources.source_id).'),
    as_of: f.date('The date the figure describes (not the publication date), at its precision.', c.today),
    metric: f.requiredVocabulary('What the figure really counts, in the project vocabulary (our reading; see data/raw/README.md).', v.METRICS),
    stated_metric: f.vocabulary("What the source's own words say it counts, where that differs from metric (e.g. consulates for a count of all missions); empty when the same.", v.METRICS, false),
    scope: f.requiredVocabulary("world, the continent the figure is limited to, or the South Korean foreign ministry's region (rok_...).", v.SCOPES),
    value: f.count('The number published.'),
    qualifier: f.requiredVocabulary('exact, about, more_than or at_least, as the source words it.', v.QUALIFIERS),
    wording: f.text("The source's own term for what it counts, a few words."),
    attributed_to: f.text('Who produced the figure, where the source says (e.g. ROK MOFA, NCNK).', false),
    confidence: confidence(),
    notes: notes(),
    period_start: f.date('For counts of changes (mission_closures, mission_closures_announced, mission_openings): the first date of the period counted, as_of being its end; empty otherwise.', c.today, false),
  });

export const claimMembers = () =>
  z.object({
    claim_id: f.slug('The figure whose members the source names (claims.claim_id).'),
    member_id: f.slug('A mission_id (mission figures) or a lowercase partner_id (relations figures) named by the source.'),
    confidence: f.vocabulary("How well the naming shows this member open (or in force) on the figure's date, where it is less than the figure's own confidence: low when the source or its source says the member does not work (a mission listed on paper). Empty: the figure's confidence.", v.CONFIDENCE, false),
    notes: notes(),
  });

export const assertions = (c: SchemaContext) =>
  z.object({
    assertion_id: f.slug('Unique id of the qualitative claim.'),
    source_id: f.slug('The source that made or reported the claim (sources.source_id).'),
    as_of: f.date('The date the claim is about.', c.today),
    statement: f.text('The claim, in our own words.'),
    metric: f.requiredVocabulary('The count the claim is about.', v.METRICS),
    scope: f.requiredVocabulary("world, a continent, or the South Korean foreign ministry's region (rok_...).", v.SCOPES),
    operator: f.requiredVocabulary('How the count compares with value: eq, lt, le, gt, ge.', v.OPERATORS),
    value: f.count('The number the claim compares the count with.'),
    notes: notes(),
  });

export const missions = () =>
  z
    .object({
      mission_id: f.slug('Unique id: host ISO3 in lowercase, then the city.'),
      host_iso3: f.iso3('ISO 3166-1 alpha-3 code of the host country or territory.'),
      host_country: f.text('English short name of the host (must match host_iso3).'),
      city: f.text('City where the mission sits.'),
      mission_type: f.requiredVocabulary('Kind of mission.', v.MISSION_TYPES),
      confidence: confidence(),
      notes: notes(),
    });

export const missionEvents = (c: SchemaContext) =>
  z.object({
    event_id: f.slug('Unique id of the event.'),
    mission_id: f.slug('The mission (missions.mission_id).'),
    event: f.requiredVocabulary('What happened.', v.MISSION_EVENTS),
    date: f.date('When, at the precision the source gives.', c.today),
    date_qualifier: f.requiredVocabulary('on: at that date; before: no later than; after: no earlier than.', v.DATE_QUALIFIERS),
    source_id: f.slug('The source of this event (sources.source_id).'),
    confidence: confidence(),
    notes: notes(),
  });

export const relations = () =>
  z
    .object({
      partner_id: f.iso3('ISO 3166-1 alpha-3 code of the partner (EUU for the European Union).'),
      partner_name: f.text('English short name of the partner (must match partner_id).'),
      partner_kind: f.requiredVocabulary('state, non_un_state or organisation.', v.PARTNER_KINDS),
      un_member: f.yesNo('Whether the partner is a UN member state today (yes/no).'),
      notes: notes(),
    });

export const relationEvents = (c: SchemaContext) =>
  z.object({
    event_id: f.slug('Unique id of the event.'),
    partner_id: f.iso3('The partner (relations.partner_id).'),
    event: f.requiredVocabulary('What happened.', v.RELATION_EVENTS),
    date: f.date('When, at the precision the source gives.', c.today),
    date_qualifier: f.requiredVocabulary('on: at that date; before: no later than; after: no earlier than.', v.DATE_QUALIFIERS),
    source_id: f.slug('The source of this event (sources.source_id).'),
    confidence: confidence(),
    notes: notes(),
  });

/** South Korea's relations, recorded only where they differ from "in force" (see data/raw/README.md). */
export const rokRelationEvents = (c: SchemaContext) =>
  z.object({
    event_id: f.slug('Unique id of the event: rok-<partner_id lowercase>-<event>-<n>.'),
    partner_id: f.iso3('The partner (relations.partner_id) whose relations with South Korea changed.'),
    event: f.requiredVocabulary('What happened between South Korea and the partner.', v.RELATION_EVENTS),
    date: f.date('When, at the precision the source gives.', c.today),
    date_qualifier: f.requiredVocabulary('on: at that date; before: no later than; after: no earlier than.', v.DATE_QUALIFIERS),
    source_id: f.slug('The source of this event (sources.source_id).'),
    confidence: confidence(),
    notes: notes(),
  });

/** South Korea's foreign-ministry region of each partner (see vocab.ts ROK_REGIONS). */
export const rokRegions = () =>
  z.object({
    partner_id: f.iso3('The partner (relations.partner_id).'),
    region: f.requiredVocabulary("The region South Korea's foreign ministry counts the partner in; none for one its tallies never count (South Korea itself, the SADR, the EU).", v.ROK_REGION_VALUES),
    source_id: f.slug('The source that shows the partner in that region (sources.source_id).'),
    confidence: confidence(),
    notes: notes(),
  });

export type Source = z.output<ReturnType<typeof sources>>;
export type Claim = z.output<ReturnType<typeof claims>>;
export type ClaimMember = z.output<ReturnType<typeof claimMembers>>;
export type Assertion = z.output<ReturnType<typeof assertions>>;
export type Mission = z.output<ReturnType<typeof missions>>;
export type MissionEvent = z.output<ReturnType<typeof missionEvents>>;
export type Relation = z.output<ReturnType<typeof relations>>;
export type RelationEvent = z.output<ReturnType<typeof relationEvents>>;
export type RokRelationEvent = z.output<ReturnType<typeof rokRelationEvents>>;
export type RokRegionRow = z.output<ReturnType<typeof rokRegions>>;

export interface ForeignKey {
  readonly column: string;
  readonly table: TableName;
  readonly refColumn: string;
}

export type TableName =
  | 'sources'
  | 'claims'
  | 'claim_members'
  | 'assertions'
  | 'missions'
  | 'mission_events'
  | 'relations'
  | 'relation_events'
  | 'rok_relation_events'
  | 'rok_regions';

export interface TableDef {
  readonly name: TableName;
  readonly file: string;
  readonly title: string;
  readonly key: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly schema: (c: SchemaContext) => z.ZodType<unknown, Record<string, string>> & { shape?: unknown };
  /** The object schema, for reading column order and metadata. */
  readonly shape: (c: SchemaContext) => Record<string, z.ZodType>;
  readonly rowChecks: (raw: Record<string, string>) => RowProblem[];
}

function def(
  name: TableName,
  title: string,
  key: readonly string[],
  foreignKeys: readonly ForeignKey[],
  make: (c: SchemaContext) => z.ZodType,
  rowChecks: (raw: Record<string, string>) => RowProblem[] = () => [],
): TableDef {
  const objectOf = (s: z.ZodType): z.ZodObject => (s instanceof z.ZodObject ? s : (s as unknown as { def: { in: z.ZodType } }).def.in as z.ZodObject);
  return {
    name,
    file: `${name}.csv`,
    title,
    key,
    foreignKeys,
    rowChecks,
    schema: make as TableDef['schema'],
    shape: (c) => {
      let s: z.ZodType = make(c);
      // A .superRefine() wraps the object in a pipe; unwrap to reach the columns.
      while (!(s instanceof z.ZodObject)) s = objectOf(s);
      return (s as z.ZodObject).shape as Record<string, z.ZodType>;
    },
  };
}

/** In load order: a table comes after the tables it refers to. */
export const TABLES: readonly TableDef[] = [
  def('sources', 'Sources cited by every other table', ['source_id'], [], sources),
  def('missions', 'DPRK missions abroad', ['mission_id'], [], missions, missionRowChecks),
  def('mission_events', 'Dated events of each mission', ['event_id'], [
    { column: 'mission_id', table: 'missions', refColumn: 'mission_id' },
    { column: 'source_id', table: 'sources', refColumn: 'source_id' },
  ], missionEvents),
  def('relations', 'States and entities with (or without) relations with the DPRK', ['partner_id'], [], relations, relationRowChecks),
  def('relation_events', 'Dated events of each relationship', ['event_id'], [
    { column: 'partner_id', table: 'relations', refColumn: 'partner_id' },
    { column: 'source_id', table: 'sources', refColumn: 'source_id' },
  ], relationEvents),
  def('rok_relation_events', 'South Korea’s relations where they were not in force', ['event_id'], [
    { column: 'partner_id', table: 'relations', refColumn: 'partner_id' },
    { column: 'source_id', table: 'sources', refColumn: 'source_id' },
  ], rokRelationEvents),
  def('rok_regions', 'South Korea’s foreign-ministry region of each partner', ['partner_id'], [
    { column: 'partner_id', table: 'relations', refColumn: 'partner_id' },
    { column: 'source_id', table: 'sources', refColumn: 'source_id' },
  ], rokRegions),
  def('claims', 'Published figures', ['claim_id'], [{ column: 'source_id', table: 'sources', refColumn: 'source_id' }], claims),
  def('claim_members', 'Members that a source names for its figure', ['claim_id', 'member_id'], [
    { column: 'claim_id', table: 'claims', refColumn: 'claim_id' },
  ], claimMembers),
  def('assertions', 'Qualitative claims to fact-check', ['assertion_id'], [
    { column: 'source_id', table: 'sources', refColumn: 'source_id' },
  ], assertions),
];
