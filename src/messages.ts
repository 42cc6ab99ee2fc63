// Every message the project shows a user, in one place, so wording stays consistent and
// reviewable. Functions return strings; nothing here prints.
import type { Issue } from './issues';

const MAX_VALUE_SHOWN = 80;

/** Characters that change a value without showing: zero-width, byte-order mark, bidi controls, non-breaking spaces. */
export const INVISIBLE: Readonly<Record<string, string>> = {
  '\u00a0': 'U+00A0 NO-BREAK SPACE',
  '\u00ad': 'U+00AD SOFT HYPHEN',
  '\u2007': 'U+2007 FIGURE SPACE',
  '\u202f': 'U+202F NARROW NO-BREAK SPACE',
  '\u200b': 'U+200B ZERO WIDTH SPACE',
  '\u200c': 'U+200C ZERO WIDTH NON-JOINER',
  '\u200d': 'U+200D ZERO WIDTH JOINER',
  '\u2060': 'U+2060 WORD JOINER',
  '\ufeff': 'U+FEFF BYTE ORDER MARK',
  '\u200e': 'U+200E LEFT-TO-RIGHT MARK',
  '\u200f': 'U+200F RIGHT-TO-LEFT MARK',
  '\u202a': 'U+202A LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'U+202B RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'U+202C POP DIRECTIONAL FORMATTING',
  '\u202d': 'U+202D LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'U+202E RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'U+2066 LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'U+2067 RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'U+2068 FIRST STRONG ISOLATE',
  '\u2069': 'U+2069 POP DIRECTIONAL ISOLATE',
};
const INVISIBLE_RE = /[\u00a0\u00ad\u2007\u202f\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as shown in a message: quoted, control characters made visible, invisible characters
 * escaped as \uXXXX (so a zero-width space or a bidi override is seen, not obeyed), long values cut.
 */
export function showValue(value: string): string {
  const cut = value.length > MAX_VALUE_SHOWN ? `${value.slice(0, MAX_VALUE_SHOWN)}… (${value.length} characters)` : value;
  // JSON.stringify shows \r, \n and \t as escapes already.
  return JSON.stringify(cut).replace(INVISIBLE_RE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
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
  rokRegion: "a row for this partner in rok_regions.csv (South Korea's foreign-ministry region; every partner needs one)",
  rokRegionHost: (host: string) => `a host in one of South Korea's regions (rok_regions.csv gives ${host} none, so the mission would drop out of every regional count)`,
  header: (columns: readonly string[]) => `the header: ${columns.join(',')}`,
  columnCount: (n: number) => `${n} fields, as in the header`,
  utf8: 'text encoded as UTF-8',
  utf8From1252: (as1252: string) =>
    `text encoded as UTF-8; these bytes look like Windows-1252, where the line reads ${showValue(as1252)}: save the file as UTF-8`,
  utf16: (order: 'LE' | 'BE') => `text encoded as UTF-8; this file is UTF-16 (${order === 'LE' ? 'little' : 'big'}-endian), as some spreadsheets save "Unicode text": save it as "CSV UTF-8"`,
  delimiter: (sep: string) => `comma-separated values; the header is separated by ${sep === '\t' ? 'tabs' : JSON.stringify(sep)} (save the file as CSV with commas)`,
  sameLineEndings: (firstLine: number, first: string, now: string) =>
    `the same line ending on every line: line ${firstLine} ends with ${first === '\r\n' ? '\\r\\n (Windows)' : '\\n (Unix)'}, this one with ${now === '\r\n' ? '\\r\\n (Windows)' : '\\n (Unix)'}; save the file again from one editor`,
  strayQuote: (char: number) =>
    `a double quote only around a whole field (and doubled, "", inside it); this field has a stray quote at character ${char} of the line (quote the whole field and double the inner quote)`,
  invisible: (name: string, at: number) => `no invisible character in this column: ${name} at character ${at} changes the value without showing`,
  invisibleText: (name: string, at: number) => `no invisible character in text: ${name} at character ${at} (kept, but check it was meant)`,
  semantic: {
    before1945: 'a date from 1945 on (the DPRK was founded in 1948; an earlier date is a typing error)',
    beforeState: (partner: string, since: string) => `a date from ${since} on, when ${partner} became a state (see src/load/state-since.ts; the count reads an earlier date as ties inherited on that day, and a predecessor state's own relations belong under its own code)`,
    afterPublication: (source: string, published: string) => `a date not after the publication of the cited source ${source} (${published}): a source cannot report a later event`,
    asOfAfterPublication: (source: string, published: string) => `an as-of date not after the publication of the source ${source} (${published})`,
    noEstablishment: (partner: string, date: string, established: string | undefined) =>
      established === undefined
        ? `an "established" event of ${partner} before this one (${date}); there is none: add it, dated as well as known`
        : `an "established" event of ${partner} before this one (${date}); the first is dated ${established}`,
    language: 'an ISO 639-1 language code in lowercase, such as en, ko, ja, zh, ru (the list is LANGUAGES in src/schema/vocab.ts)',
    lowWithoutNote: 'a note in the notes column saying why the confidence is low',
    missionIdRule: (prefix: string) => `a mission_id that starts with the host code in lowercase, "${prefix}-" (see data/raw/README.md)`,
    eventIdRule: (pattern: string) => `an event_id of the form ${pattern} (see data/raw/README.md)`,
  },
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
  kdiploCountry: (file: string) => `a country that ${file} has a row for (the row cites the kdiplo dataset)`,
  kdiploEvent: 'established, severed, restored or no_relations: the kdiplo dataset gives only the years of ties, their cut and their re-establishment',
  kdiploSouth: "South Korea: the South Korean extract holds only South Korea's rows",
  kdiploRokYear: "a year (YYYY) or NA: the dataset gives South Korea's ties, their cut and their re-establishment by year",
  kdiploSwitchYear: (id: string, until: string) =>
    `a year before or after ${until.slice(0, 4)}: under ${id} the record holds another state until ${until}, and a change in that year cannot be placed on either side of it`,
  rokException: (id: string, year: string) =>
    `a row for ${id} in data/raw/rok_relation_events.csv: from December 2005 the record types the changes of Seoul's ties by hand, and the kdiplo dataset gives one in ${year}`,
  kdiploYear: (year: string, where: string) =>
    year === 'NA' ? `no such change: the kdiplo dataset gives none (${where})` : `on ${year}, the year the kdiplo dataset gives (${where})`,
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
    noRokData: (why: string) => `not modelled: ${why}.`,
    notModelled: 'not modelled: metric "other" stands for quantities the record does not count (closure tallies, relations with both Koreas...); there is no count to give.',
    rokRegionsBefore: (d: string, year: string) => `${d} is before about ${year}, the earliest date of South Korea's regions as rok_regions.csv gives them: the count applies them to an earlier date, when Seoul's regions may have differed (in 1999 its Africa held Algeria).`,
    beforeRecord: (d: string, year: number) => `${d} is before the record's span: the DPRK was founded in ${year}, and a count before then only carries back the earliest state the record knows.`,
    afterRecord: (d: string, analysisDate: string) => `${d} is after the record's analysis date (${analysisDate}): the record knows nothing later, so the count only carries forward the last known state.`,
    unknownEntity: (id: string, near: readonly string[]) => `no mission or partner with id ${showValue(String(id))} in the record${near.length ? `; did you mean ${near.join(', ')}?` : ''}`,
    badQualifier: (q: unknown, allowed: readonly string[]) => `unknown qualifier ${showValue(String(q))}; expected one of: ${allowed.join(', ')}`,
    badValue: (v: unknown) => `not a count: ${showValue(String(v))}; expected a whole number of 0 or more`,
  },
  lockBusy: (path: string, pid: number) =>
    `another build (pid ${pid}) still holds the lock ${path}; wait for it to finish, or stop that process.`,
  lockForeign: (path: string, host: string) =>
    `the lock ${path} is held by a build on host ${JSON.stringify(host)}, which cannot be checked from here; remove the lock if no build is running there.`,
  lockLost: (path: string) =>
    `build stopped: its lock ${path} was removed or taken by another process (was .cache/ deleted?); nothing was committed, run the build again.`,
  diskFull: (file: string) => `could not write ${file}: the disk is full. Nothing was committed; free some space and run the build again.`,
  writeFailed: (file: string, why: string) => `could not write ${file}: ${why}. Nothing was committed.`,
  commitPending: (journal: string) =>
    `an interrupted build left a half-committed set of outputs (journal ${journal}); run \`npm run build\` to complete it before checking.`,
  commitCompleted: '  (completed the commit of an interrupted build)',
  unknownStage: (names: readonly string[], stages: readonly string[]) =>
    `unknown stage${names.length === 1 ? '' : 's'} ${names.map((n) => JSON.stringify(n)).join(', ')}; the stages are: ${stages.join(', ')}`,
  runFirst: (stage: string, missing: readonly string[]) =>
    `--only ${stage} needs the outputs of ${missing.join(', ')}, which are missing; run \`npm run build\` (or add ${missing.join(',')} to --only) first.`,
  cellStillRunning: (n: number, total: number, seconds: number) => `cell ${n}/${total} still running after ${seconds} s`,
  kernelFailed: (notebook: string, why: string) =>
    `build failed: the tslab kernel for ${notebook} did not start or died (${why}). The previous outputs were kept; run the build again, or \`npm run setup\` if it keeps failing.`,
  reportTooLarge: (report: string, mb: number, capMb: number, notebook: string, cell: number, cellMb: number) =>
    `build failed: ${report} would be ${mb.toFixed(1)} MB, over the ${capMb} MB cap for a report; cell ${cell} of ${notebook} makes ${cellMb.toFixed(1)} MB of it. Show less in that cell. The previous outputs were kept.`,
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
