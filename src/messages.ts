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
  checkOk: 'data/processed/ and reports/ match what the current data and code produce; notebooks carry no outputs; data/raw/README.md quotes current row counts and checksums.',
  rawReadme: {
    rows: (file: string, quoted: number, actual: number) => `data/raw/README.md says ${file} has ${quoted} rows; it has ${actual}.`,
    noRows: (file: string) => `data/raw/README.md gives no row count for ${file}.`,
    checksum: (file: string, quoted: string, actual: string) => `data/raw/README.md gives ${file} the sha256 ${quoted.slice(0, 12)}…; the file's is ${actual.slice(0, 12)}….`,
    noChecksum: (file: string) => `data/raw/README.md gives no sha256 for ${file}.`,
    extra: (file: string) => `data/raw/README.md lists ${file}, which is not a raw table.`,
    fix: 'run `node dist/cli/index.js raw-readme` and paste its tables into data/raw/README.md.',
  },
  notebookSaved: (file: string, outputs: readonly number[], counts: readonly number[]) =>
    `${file} carries ${[outputs.length ? `outputs in cell${outputs.length === 1 ? '' : 's'} ${outputs.join(', ')}` : '', counts.length ? `execution counts in cell${counts.length === 1 ? '' : 's'} ${counts.join(', ')}` : ''].filter(Boolean).join(' and ')}; notebooks are committed without them (run \`npm run strip\`).`,
  stripped: (files: readonly string[]) => (files.length ? `stripped ${files.join(', ')}` : 'every notebook is already in its committed form'),
  checkFailed: (problems: readonly string[]) => `npm run check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`,
  params: {
    unknown: (item: string, allowed: readonly string[]) => `--param ${showValue(item)}: expected NAME=VALUE with NAME one of: ${allowed.join(', ')}`,
    needOut: '--param renders reports for another date or scope; give --out DIR for them (reports/ keeps those of the record\'s own analysis date).',
    wrote: (dir: string, params: Readonly<Record<string, string>>) =>
      `reports in ${dir}${Object.keys(params).length ? `, for ${Object.entries(params).map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}`,
  },
  kernel: {
    missing: 'the tslab kernel is not registered in .jupyter/',
    moved: (binary: string) => `the tslab kernel in .jupyter/ starts ${binary}, not this checkout's (the project was moved or copied)`,
    unreadable: (file: string) => `${file} is not a readable kernelspec`,
    registered: (why: string) => `${why}: registered it again for this checkout.`,
    failed: (detail: string) => `could not register the tslab kernel in .jupyter/: ${detail.trim()}`,
  },
  notebook: {
    cannotStart: (python: string, why: string) => `could not start Jupyter Notebook with ${python}: ${why}. Run \`npm run setup\` (installs Debian's jupyter-notebook).`,
    notUp: (log: string) => `Jupyter Notebook did not start. Its last lines:\n${log}\nIf it says "No module named notebook", run \`npm run setup\` (installs Debian's jupyter-notebook).`,
    running: (url: string) => `Jupyter Notebook is running with the project's TypeScript (tslab) kernel and notebooks/ open:\n\n    ${url}\n\nOpen that address in a browser. Stop the server with Ctrl-C (twice).`,
  },
  query: {
    unknownMetric: (m: string, allowed: readonly string[]) => `unknown metric ${showValue(String(m))}; expected one of: ${allowed.join(', ')}`,
    unknownScope: (s: string, allowed: readonly string[]) => `unknown scope ${showValue(String(s))}; expected one of: ${allowed.join(', ')}`,
    badDate: (d: unknown) => `not a date: ${showValue(String(d))}; expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD (from 1900)`,
    notModelled: 'not modelled: metric "other" stands for quantities the record does not count (closure tallies, relations with both Koreas...); there is no count to give.',
    beforeRecord: (d: string, year: number) => `${d} is before the record's span: the DPRK was founded in ${year}, and a count before then only carries back the earliest state the record knows.`,
    afterRecord: (d: string, analysisDate: string) => `${d} is after the record's analysis date (${analysisDate}): the record knows nothing later, so the count only carries forward the last known state.`,
    unknownEntity: (id: string, near: readonly string[]) => `no mission or partner with id ${showValue(String(id))} in the record${near.length ? `; did you mean ${near.join(', ')}?` : ''}`,
    badQualifier: (q: unknown, allowed: readonly string[]) => `unknown qualifier ${showValue(String(q))}; expected one of: ${allowed.join(', ')}`,
    badValue: (v: unknown) => `not a count: ${showValue(String(v))}; expected a whole number of 0 or more`,
  },
};
