// Every message the project shows a user, in one place, so wording stays consistent and
// reviewable. Functions return strings; nothing here prints.
import type { Issue } from './issues';

const MAX_VALUE_SHOWN = 80;

/** A value as shown in a message: quoted, control characters made visible, long values cut. */
export function showValue(value: string): string {
  const visible = value.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  const cut = visible.length > MAX_VALUE_SHOWN ? `${visible.slice(0, MAX_VALUE_SHOWN)}… (${value.length} characters)` : visible;
  return JSON.stringify(cut);
}

export function formatIssue(i: Issue): string {
  const where = i.line > 0 ? `${i.file}:${i.line}${i.column > 0 ? `:${i.column}` : ''}` : i.file;
  const col = i.columnName ? ` column "${i.columnName}"` : '';
  return `${i.severity}: ${where}${col}: found ${showValue(i.value)}, expected ${i.expected}`;
}

export const expect = {
  required: 'a non-empty value (this column is required)',
  slug: 'an id of lowercase letters, digits, hyphens and underscores, starting with a letter or digit',
  partialDate: 'a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD',
  notFuture: (today: string) => `a date not after today (${today})`,
  integer: 'a whole number of 0 or more, digits only (put "about", "more than" in the qualifier column)',
  url: 'an absolute http:// or https:// URL',
  oneOf: (values: readonly string[]) => `one of: ${values.join(', ')}`,
  iso3: 'an ISO 3166-1 alpha-3 code known to the country table (see src/countries.ts)',
  countryName: (iso3: string) => `a name of the country with code ${iso3} (see src/countries.ts for accepted names)`,
  maxLength: (n: number) => `at most ${n} characters`,
  unique: (column: string, firstLine: number) => `a value of ${column} not used before (first used on line ${firstLine})`,
  uniqueUrl: (firstLine: number) => `a URL not already cited by another source (first on line ${firstLine})`,
  reference: (table: string, column: string) => `a ${column} that exists in ${table}`,
  header: (columns: readonly string[]) => `the header: ${columns.join(',')}`,
  columnCount: (n: number) => `${n} fields, as in the header`,
  utf8: 'text encoded as UTF-8',
  csv: 'well-formed CSV (RFC 4180)',
  nonEmptyFile: 'a header line and at least one data row',
  order: (earlier: string, later: string) => `${later} not before ${earlier}`,
  periodStart: (metric: string) => `the first date of the period that the ${metric} figure counts (a count of changes needs period_start)`,
  noPeriod: (metric: string) => `an empty period_start: ${metric} counts a state on the as_of date, not changes over a period`,
  externalSource: 'a row in sources.csv for the dataset that data/external/ derives evidence from',
  externalFile: 'the third-party extract to exist (see data/external/README.md)',
  cowDprk: 'rows of the DPRK (ccode1 731) only: the extract keeps the DPRK\'s dyads',
  cowYear: 'a year (YYYY), as in the Correlates of War data',
  cowPartner: (iso3: string) => `a country code the record holds in relations.csv (mapped to ${iso3}); the year is not used`,
  memberMetric: (kind: string) => `a member id that names a ${kind}`,
  unMember: (code: string, member: boolean) => `"${member ? 'yes' : 'no'}": the country table says ${code} is ${member ? '' : 'not '}a UN member`,
  cited: 'a source cited by at least one row of the events, claims or assertions (it is kept; cite it or remove it)',
  unclosedQuote: 'a closing double quote for the field opened on this line (the rest of the file was read as one field)',
};

export const text = {
  buildFailed: (n: number) => `build failed: ${n} error${n === 1 ? '' : 's'} in the raw data; nothing was written.`,
  lockHeld: (path: string) =>
    `another build is running in this project (lock ${path}); wait for it to finish, or remove the lock if no build is running.`,
  checkDiffers: (files: readonly string[]) =>
    `these committed outputs differ from what the current data and code produce:\n${files.map((f) => `  ${f}`).join('\n')}\nrun \`npm run build\` and commit the result.`,
  checkOk: 'data/processed/ and reports/ match what the current data and code produce.',
};

/** Words of `npm run diff` (src/diff/markdown.ts lays them out). */
export const diffText = {
  none: (against: string) => `No change in findings against ${against}.`,
  noneShort: 'no change in findings',
  summary: (parts: readonly string[], against: string) => `**Findings against ${against}:** ${parts.join('; ')}.`,
  count: (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`,
  flipped: 'Verdicts that changed',
  added: 'Figures added',
  removed: 'Figures removed',
  moved: 'Record ranges and residuals that moved',
  assertions: 'Fact checks of qualitative claims that changed',
  openMissions: 'Open missions at year end that moved',
  relations: 'Relations at year end that moved',
  raw: 'Raw rows added, removed and edited',
  more: (n: number) => `… and ${n} more (\`npm run diff -- --json\` lists every one).`,
  andMore: (n: number) => `and ${n} more`,
  badRev: (rev: string) => `not a commit: ${JSON.stringify(rev)} (give a branch, tag or commit, e.g. HEAD~1 or main)`,
  notGit: (root: string) => `${root} is not inside a git repository: npm run diff compares with a commit`,
  badData: (side: string) => `npm run diff: the raw data ${side} does not load; run \`node dist/cli/index.js validate\`:`,
};
