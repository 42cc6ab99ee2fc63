// A problem found in input data. Parsing never throws on bad data: it returns rows and issues,
// and the build fails on any error-level issue after printing all of them.

export type Severity = 'error' | 'warning';

export interface Issue {
  readonly severity: Severity;
  readonly file: string; // path relative to the project root, e.g. data/raw/claims.csv
  readonly line: number; // 1-based line in the file (0 when the issue concerns the whole file)
  readonly column: number; // 1-based column number (0 when not tied to a column)
  readonly columnName: string; // '' when not tied to a column
  readonly value: string;
  readonly expected: string;
}

export function issue(
  file: string,
  line: number,
  column: number,
  columnName: string,
  value: string,
  expected: string,
  severity: Severity = 'error',
): Issue {
  return { severity, file, line, column, columnName, value, expected };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Stable order: by file, line, column, then message text. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.expected.localeCompare(b.expected),
  );
}
