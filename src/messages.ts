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
  // npm run dev
  devServing: (url: string, warm: boolean) =>
    `dev: serving reports/ at ${url} (${warm ? 'notebooks run in warm kernels' : 'each notebook run in a new kernel'}); watching data/raw/, notebooks/ and src/. Ctrl-C stops.`,
  devPoolFailed: (python: string, reason: string) => `dev: the warm kernels (${python} scripts/warm_kernels.py) stopped: ${reason}; notebooks now run in new kernels.`,
  devKernelsWarm: (n: number) => `dev: ${n} kernel${n === 1 ? '' : 's'} warm`,
  devBuilding: 'Rebuilding…',
  devDataFailed: 'The raw data has errors; the report below is the last good one.',
  devCellFailed: (notebook: string, cell: number) => `${notebook}, cell ${cell} raised an error; the report below is the last good one.`,
  devBuildFailed: 'The build failed; the report below is the last good one.',
  devCompileFailed: 'src/ does not compile; the report below is the last good one.',
  devRebuilt: (files: readonly string[], rebuilt: readonly string[], reloaded: readonly string[], seconds: number) =>
    `dev: ${files.length ? files.join(', ') : 'start'}: ${rebuilt.length ? `re-ran ${rebuilt.join(', ')}` : 'nothing to re-run'}` +
    `${reloaded.length ? `; reloaded ${reloaded.join(', ')}` : ''} in ${seconds.toFixed(2)} s`,
};
