// Validates the records of one raw table, one at a time: header, field count, invisible
// characters, each cell against the table's schema, and key uniqueness. It keeps no rows itself (the caller decides whether to
// hold or stream them), so it serves both the build and the million-row benchmark.
import type { z } from 'zod';
import { expect, INVISIBLE } from '../messages';
import { issue, type Issue } from '../issues';
import type { SchemaContext, TableDef } from '../schema/tables';

/**
 * Columns of free prose, where a non-breaking space is ordinary typography and a zero-width or
 * bidi character is only suspicious (a warning). In every other column (ids, codes, vocabularies,
 * dates, URLs, names) any invisible character changes the value and is an error.
 */
const FREE_TEXT = new Set(['notes', 'title', 'statement', 'wording', 'attributed_to', 'publisher']);
const PROSE_OK = new Set(['\u00a0', '\u202f', '\u2007', '\u00ad']);

/** The first invisible character of a value and its 1-based position, if any. */
function firstInvisible(value: string, ok: ReadonlySet<string>): { name: string; at: number } | undefined {
  const chars = [...value];
  const i = chars.findIndex((c) => INVISIBLE[c] !== undefined && !ok.has(c));
  return i < 0 ? undefined : { name: INVISIBLE[chars[i]!]!, at: i + 1 };
}

export class TableValidator<Row = Record<string, unknown>> {
  readonly issues: Issue[] = [];
  /** Keys (first key column) of rejected rows, so that references to them are not reported again. */
  readonly rejected = new Set<string>();
  readonly columns: readonly string[];
  private readonly schema: z.ZodType;
  private readonly seenKeys = new Map<string, number>();
  headerOk = false;
  private sawHeader = false;
  rowsSeen = 0;

  constructor(
    readonly table: TableDef,
    readonly path: string,
    context: SchemaContext,
  ) {
    this.columns = Object.keys(table.shape(context));
    this.schema = table.schema(context);
  }

  /** Checks the header record; returns whether data rows can be validated. */
  header(fields: readonly string[]): boolean {
    this.sawHeader = true;
    const want = this.columns;
    const seen = new Map<string, number>();
    fields.forEach((name, i) => {
      const first = seen.get(name);
      if (first !== undefined) {
        this.issues.push(issue(this.path, 1, i + 1, name, name, `each column once (${name} is also column ${first + 1}); ${expect.header(want)}`));
      } else seen.set(name, i);
      if (!want.includes(name)) this.issues.push(issue(this.path, 1, i + 1, name, name, `a known column; ${expect.header(want)}`));
    });
    want.forEach((name, i) => {
      if (!seen.has(name)) this.issues.push(issue(this.path, 1, i + 1, name, '', `column "${name}" (missing); ${expect.header(want)}`));
    });
    if (this.issues.length === 0 && fields.some((n, i) => n !== want[i])) {
      this.issues.push(issue(this.path, 1, 0, '', fields.join(','), `columns in this order: ${want.join(',')}`));
    }
    this.headerOk = this.issues.length === 0;
    return this.headerOk;
  }

  /** Validates one data record found on `line`; returns the typed row or undefined. */
  record(fields: readonly string[], line: number): Row | undefined {
    this.rowsSeen += 1;
    if (!this.headerOk) return undefined;
    if (fields.length !== this.columns.length) {
      this.issues.push(issue(this.path, line, Math.min(fields.length, this.columns.length) + 1, '', fields.join(','), expect.columnCount(this.columns.length)));
      this.reject(fields[this.columns.indexOf(this.table.key[0] ?? '')] ?? '');
      return undefined;
    }
    const raw: Record<string, string> = {};
    this.columns.forEach((c, i) => (raw[c] = fields[i] ?? ''));
    const parsed = this.schema.safeParse(raw);
    const found: { col: string; expected: string }[] = [];
    for (const c of this.columns) {
      const free = FREE_TEXT.has(c);
      const inv = firstInvisible(raw[c] ?? '', free ? PROSE_OK : new Set());
      if (inv && free) this.issues.push(issue(this.path, line, this.columns.indexOf(c) + 1, c, raw[c] ?? '', expect.invisibleText(inv.name, inv.at), 'warning'));
      else if (inv) found.push({ col: c, expected: expect.invisible(inv.name, inv.at) });
    }
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const col = String(zi.path[0] ?? '');
        if (!found.some((f) => f.col === col)) found.push({ col, expected: zi.message });
      }
    }
    for (const p of this.table.rowChecks(raw)) if (!found.some((f) => f.col === p.column)) found.push({ col: p.column, expected: p.expected });
    if (found.length > 0) {
      found.sort((a, b) => this.columns.indexOf(a.col) - this.columns.indexOf(b.col));
      for (const f of found) {
        const idx = this.columns.indexOf(f.col);
        if (idx < 0) throw new Error(`schema issue without a column: ${f.col}`);
        this.issues.push(issue(this.path, line, idx + 1, f.col, raw[f.col] ?? '', f.expected));
      }
      this.reject(raw[this.table.key[0] ?? ''] ?? '');
      return undefined;
    }
    const key = this.table.key.map((k) => raw[k]).join('\u0000');
    const first = this.seenKeys.get(key);
    if (first !== undefined) {
      const k = this.table.key[this.table.key.length - 1] ?? '';
      this.issues.push(issue(this.path, line, this.columns.indexOf(k) + 1, k, this.table.key.map((c) => raw[c]).join(' / '), expect.unique(this.table.key.join(' + '), first)));
      return undefined;
    }
    this.seenKeys.set(key, line);
    return parsed.data as Row;
  }

  /** Remembers a rejected row's key, also as it reads without invisible characters (as other tables write it). */
  private reject(key: string): void {
    this.rejected.add(key);
    this.rejected.add([...key].filter((c) => INVISIBLE[c] === undefined).join('').trim());
  }

  finish(): void {
    if (!this.sawHeader || (this.headerOk && this.rowsSeen === 0)) {
      this.issues.push(issue(this.path, 0, 0, '', '', expect.nonEmptyFile));
    }
  }
}
