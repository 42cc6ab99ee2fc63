// The one mapping from country names to ISO 3166-1 alpha-3 codes, continents and UN membership.
// It reads the `world-countries` package (mledoze/countries data) and adds the project's own
// documented exceptions; nothing else in the project maps names to codes.
import worldCountries from 'world-countries';
import { CONTINENTS, type Continent } from './schema/vocab';

export type { Continent };

export interface CountryInfo {
  readonly iso3: string;
  readonly name: string; // English common name
  readonly continent: Continent | undefined;
  readonly unMember: boolean;
  /** For a territory (Hong Kong), the state whose relations cover it; else the code itself. */
  readonly sovereign: string;
  readonly numeric: string | undefined; // ISO 3166-1 numeric, as world-atlas uses it
}

/**
 * Exceptions to the package data, each for a reason:
 * - VAT: the package marks the Holy See as a UN member; it is a permanent observer state.
 * - HKG, MAC: ISO gives them codes of their own, but they are Chinese special administrative
 *   regions: a DPRK consulate in Hong Kong is a mission in China's territory, and relations
 *   with Hong Kong are relations with China.
 * - EUU: the European Union has no ISO code; `EUU` is the World Bank's code, used here for
 *   "relations with the EU".
 */
const SOVEREIGN: Record<string, string> = { HKG: 'CHN', MAC: 'CHN' };
const NOT_UN_MEMBER = new Set(['VAT']);
const EXTRA: CountryInfo[] = [
  { iso3: 'EUU', name: 'European Union', continent: 'europe', unMember: false, sovereign: 'EUU', numeric: undefined },
];

/** Names used by sources and by our data that the package does not list. */
const ALIASES: Record<string, string> = {
  'dr congo': 'COD',
  'congo-kinshasa': 'COD',
  'democratic republic of the congo': 'COD',
  'republic of the congo': 'COG',
  'congo-brazzaville': 'COG',
  'hong kong': 'HKG',
  'china (hong kong sar)': 'HKG',
  'sadr': 'ESH',
  'sahrawi arab democratic republic': 'ESH',
  'western sahara (sadr)': 'ESH',
  'palestine': 'PSE',
  'state of palestine': 'PSE',
  'eu': 'EUU',
  'european union': 'EUU',
  'ussr': 'RUS',
  'soviet union': 'RUS',
  'yugoslavia': 'SRB',
  'czechoslovakia': 'CZE',
  'east germany': 'DEU',
  'burma': 'MMR',
  'ivory coast': 'CIV',
  "cote d'ivoire": 'CIV',
  'turkey': 'TUR',
  'swaziland': 'SWZ',
  'east timor': 'TLS',
  'macedonia': 'MKD',
  'cabo verde': 'CPV',
  'vatican': 'VAT',
  'holy see': 'VAT',
  'micronesia': 'FSM',
  'united states': 'USA',
  'usa': 'USA',
  'uk': 'GBR',
  'south korea': 'KOR',
  'north korea': 'PRK',
};

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .trim()
    .toLowerCase();
}

function continentOf(region: string): Continent | undefined {
  const r = region.toLowerCase();
  return (CONTINENTS as readonly string[]).includes(r) ? (r as Continent) : undefined;
}

const BY_CODE = new Map<string, CountryInfo>();
const BY_NAME = new Map<string, string>();

for (const c of worldCountries) {
  const info: CountryInfo = {
    iso3: c.cca3,
    name: c.name.common,
    continent: continentOf(c.region),
    unMember: c.unMember && !NOT_UN_MEMBER.has(c.cca3),
    sovereign: SOVEREIGN[c.cca3] ?? c.cca3,
    numeric: c.ccn3 || undefined,
  };
  BY_CODE.set(c.cca3, info);
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
    if (!BY_NAME.has(fold(n))) BY_NAME.set(fold(n), c.cca3);
  }
}
for (const e of EXTRA) {
  BY_CODE.set(e.iso3, e);
  BY_NAME.set(fold(e.name), e.iso3);
}
for (const [alias, code] of Object.entries(ALIASES)) BY_NAME.set(alias, code);

export function countryByCode(iso3: string): CountryInfo | undefined {
  return BY_CODE.get(iso3);
}

/** The sovereign state a territory belongs to (Hong Kong: China), or the code itself when unknown. */
export function sovereignOf(iso3: string): string {
  return BY_CODE.get(iso3)?.sovereign ?? iso3;
}

/** The ISO alpha-3 code a name stands for, or undefined when the name is unknown. */
export function codeForName(name: string): string | undefined {
  return BY_NAME.get(fold(name));
}

export function allCountries(): CountryInfo[] {
  return [...BY_CODE.values()].sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}
