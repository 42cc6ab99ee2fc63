// Controlled vocabularies of the raw tables, each with the meaning the analysis gives it.
// Domain quirk kept here on purpose: South Korea's register of DPRK "공관" counts every kind of
// mission (embassies, consulates general, representative missions), so "54 공관" translated as
// "54 consulates" is a count of all missions, not of consulates.

export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** ISO 639-1 codes: the language of a source page (sources.language). */
export const LANGUAGES = [
  'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bi', 'bm', 'bn', 'bo', 'br', 'bs',
  'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da', 'de', 'dv', 'dz', 'ee', 'el', 'en', 'eo', 'es', 'et', 'eu', 'fa',
  'ff', 'fi', 'fj', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl', 'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht', 'hu', 'hy', 'hz',
  'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj', 'kk', 'kl', 'km', 'kn', 'ko',
  'kr', 'ks', 'ku', 'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv', 'mg', 'mh', 'mi', 'mk', 'ml', 'mn',
  'mr', 'ms', 'mt', 'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny', 'oc', 'oj', 'om', 'or', 'os', 'pa',
  'pi', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd', 'se', 'sg', 'si', 'sk', 'sl', 'sm', 'sn', 'so',
  'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti', 'tk', 'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty',
  'ug', 'uk', 'ur', 'uz', 've', 'vi', 'vo', 'wa', 'wo', 'xh', 'yi', 'yo', 'za', 'zh', 'zu',
] as const;

export const SOURCE_KINDS = [
  'news',
  'wire',
  'government',
  'fact-check',
  'reference',
  'think-tank',
  'travel',
  'blog',
  'academic',
  'research-service',
] as const;

export const METRICS = [
  'embassies',
  'consulates',
  'representative_missions',
  'missions_all',
  'relations_un_current',
  'relations_all_current',
  'relations_un_ever',
  'relations_all_ever',
  'host_countries_embassy',
  'host_countries_any',
  'mission_closures',
  'mission_closures_announced',
  'mission_openings',
  'relations_both_koreas',
  'relations_dprk_only',
  'other',
] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_LABELS: Record<Metric, string> = {
  embassies: 'embassies open',
  consulates: 'consulates general open',
  representative_missions: 'representative missions to international organisations',
  missions_all: 'all missions (embassies, consulates general, representative missions)',
  relations_un_current: 'UN member states with relations in force',
  relations_all_current: 'states and entities with relations in force',
  relations_un_ever: 'UN member states that ever established relations',
  relations_all_ever: 'states and entities that ever established relations',
  host_countries_embassy: 'countries hosting a DPRK embassy',
  host_countries_any: 'countries hosting any DPRK mission (embassy, consulate general or representative mission)',
  mission_closures: 'missions (embassies, consulates general, representative missions) closed during the period',
  mission_closures_announced: 'missions (embassies, consulates general, representative missions) whose closing was announced, or carried out unannounced, during the period',
  mission_openings: 'missions (embassies, consulates general, representative missions) opened or reopened during the period',
  relations_both_koreas: 'UN member states with relations in force with both Koreas',
  relations_dprk_only: 'states and entities with relations in force with the DPRK but not with South Korea',
  other: 'a quantity the record does not model',
};

/** The continents of the `world-countries` package's regions (src/countries.ts). */
export const CONTINENTS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type Continent = (typeof CONTINENTS)[number];
/**
 * South Korea's foreign ministry counts the DPRK's partners and missions by its own regions, which
 * are not continents: its Asia-Pacific holds Oceania, its Middle East holds North Africa, its
 * Europe holds Russia. Who is in which is data (data/raw/rok_regions.csv).
 */
export const ROK_REGIONS = ['rok_asia_pacific', 'rok_americas', 'rok_europe', 'rok_middle_east', 'rok_africa'] as const;
export type RokRegion = (typeof ROK_REGIONS)[number];
/** Seoul's regions as data/raw/rok_regions.csv gives them are those of about 2008 on; earlier ones are not known. */
export const ROK_REGIONS_FROM = '2008-01-01';
/** A row of rok_regions.csv: one of the regions, or none for a partner Seoul's tallies never count. */
export const ROK_REGION_VALUES = [...ROK_REGIONS, 'none'] as const;
export const SCOPES = ['world', ...CONTINENTS, ...ROK_REGIONS] as const;
export type Scope = (typeof SCOPES)[number];

export const isRokRegion = (s: string): s is RokRegion => (ROK_REGIONS as readonly string[]).includes(s);

const ROK_REGION_NAMES: Record<RokRegion, string> = {
  rok_asia_pacific: 'Asia-Pacific',
  rok_americas: 'Americas',
  rok_europe: 'Europe',
  rok_middle_east: 'Middle East',
  rok_africa: 'Africa',
};

/** The continent that comes nearest each of Seoul's regions; none for its Middle East, which spans two. */
export const ROK_REGION_CONTINENT: Record<RokRegion, Continent | undefined> = {
  rok_asia_pacific: 'asia',
  rok_americas: 'americas',
  rok_europe: 'europe',
  rok_middle_east: undefined,
  rok_africa: 'africa',
};

/** A scope's name for readers: "Africa", "Seoul's Middle East region" ("world" for the world). */
export function scopeName(scope: string): string {
  if (isRokRegion(scope)) return `Seoul's ${ROK_REGION_NAMES[scope]} region`;
  return `${scope[0]?.toUpperCase()}${scope.slice(1)}`;
}

/** How a scope reads after a count: "" (world), " in Africa", " in Seoul's Middle East region". */
export function scopePhrase(scope: string): string {
  return scope === 'world' ? '' : ` in ${scopeName(scope)}`;
}

export const QUALIFIERS = ['exact', 'about', 'more_than', 'at_least'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const OPERATORS = ['eq', 'lt', 'le', 'gt', 'ge'] as const;
export type Operator = (typeof OPERATORS)[number];

export const MISSION_TYPES = [
  'embassy',
  'consulate_general',
  'permanent_mission',
  'consular_office',
  'trade_office',
  'representative_office',
] as const;
export type MissionType = (typeof MISSION_TYPES)[number];

/** Which mission types each mission metric counts (South Korea's register definition). */
export const METRIC_MISSION_TYPES: Partial<Record<Metric, readonly MissionType[]>> = {
  embassies: ['embassy'],
  consulates: ['consulate_general'],
  representative_missions: ['permanent_mission'],
  missions_all: ['embassy', 'consulate_general', 'permanent_mission'],
};

export const MISSION_EVENTS = [
  'opened',
  'closed',
  'reopened',
  'suspended',
  'relocated',
  'closure_announced',
  'attested_open',
  'attested_closed',
] as const;
export type MissionEventKind = (typeof MISSION_EVENTS)[number];

export const DATE_QUALIFIERS = ['on', 'before', 'after'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

export const PARTNER_KINDS = ['state', 'non_un_state', 'organisation'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const RELATION_EVENTS = ['established', 'severed', 'suspended', 'restored', 'disputed', 'attested', 'downgraded', 'no_relations'] as const;
export type RelationEventKind = (typeof RELATION_EVENTS)[number];

export function isMissionMetric(m: Metric): boolean {
  return METRIC_MISSION_TYPES[m] !== undefined;
}

/** Metrics whose members are missions (so claim_members names mission ids). */
export function namesMissions(m: Metric): boolean {
  return isMissionMetric(m) || isChangeMetric(m) || isHostMetric(m);
}

/** Counts of the countries that host a mission; their members are the missions named. */
export function isHostMetric(m: Metric): boolean {
  return HOST_METRIC_TYPES[m] !== undefined;
}

/** Counts of changes between a claim's period_start and its as_of, not of a state on a day. */
export const CHANGE_METRICS = ['mission_closures', 'mission_closures_announced', 'mission_openings'] as const;
export type ChangeMetric = (typeof CHANGE_METRICS)[number];
export function isChangeMetric(m: Metric): m is ChangeMetric {
  return (CHANGE_METRICS as readonly string[]).includes(m);
}

/** Relations metrics that need South Korea's relations too (data/raw/rok_relation_events.csv). */
export function isBothKoreasMetric(m: Metric): boolean {
  return m === 'relations_both_koreas' || m === 'relations_dprk_only';
}

/** Metrics whose list of members is a stock on a date: each member named is attested open then. */
export function isStockMetric(m: Metric): boolean {
  return isMissionMetric(m) || isHostMetric(m) || m === 'relations_un_current' || m === 'relations_all_current' || isBothKoreasMetric(m);
}

export function isRelationMetric(m: Metric): boolean {
  return m.startsWith('relations_');
}

/** Host-country metrics: the mission types whose hosts they count. */
export const HOST_METRIC_TYPES: Partial<Record<Metric, readonly MissionType[]>> = {
  host_countries_embassy: ['embassy'],
  host_countries_any: ['embassy', 'consulate_general', 'permanent_mission'],
};
