// Column builders for the raw tables: each turns the string found in a CSV cell into a typed
// value or an "expected ..." message, and carries the column's documentation (description, Table
// Schema type, allowed values) so that validation, TypeScript types and datapackage.json all come
// from the same definition.
import { z } from 'zod';
import { parsePartialDate, type PartialDate } from '../dates';
import { codeForName, countryByCode } from '../countries';
import { expect } from '../messages';

export type TableType = 'string' | 'integer' | 'date' | 'boolean';

export interface ColumnMeta {
  description: string;
  type: TableType;
  required: boolean;
  values?: readonly string[];
  format?: string;
}

/** Longest text accepted in any cell: longer values are almost always a paste accident. */
export const MAX_CELL = 4000;

type Parse<T> = (raw: string) => { value: T } | { expected: string };

function field<T>(meta: ColumnMeta, parse: Parse<T>) {
  return z
    .string()
    .transform((raw, ctx): T => {
      if (raw.length > MAX_CELL) {
        ctx.addIssue({ code: 'custom', message: expect.maxLength(MAX_CELL) });
        return z.NEVER;
      }
      if (meta.required && raw === '') {
        ctx.addIssue({ code: 'custom', message: expect.required });
        return z.NEVER;
      }
      const r = parse(raw);
      if ('expected' in r) {
        ctx.addIssue({ code: 'custom', message: r.expected });
        return z.NEVER;
      }
      return r.value;
    })
    .meta({ column: meta });
}

export function columnMeta(schema: z.ZodType): ColumnMeta {
  const m = schema.meta() as { column?: ColumnMeta } | undefined;
  if (!m?.column) throw new Error('column without metadata');
  return m.column;
}

export const text = (description: string, required = true) =>
  field<string>({ description, type: 'string', required }, (raw) => ({ value: raw }));

export const slug = (description: string) =>
  field<string>({ description, type: 'string', required: true, format: 'slug' }, (raw) =>
    /^[a-z0-9][a-z0-9_-]*$/.test(raw) ? { value: raw } : { expected: expect.slug },
  );

export function vocabulary<const V extends readonly [string, ...string[]]>(
  description: string,
  values: V,
  required = true,
) {
  return field<V[number] | ''>({ description, type: 'string', required, values }, (raw) =>
    raw === '' || (values as readonly string[]).includes(raw)
      ? { value: raw as V[number] | '' }
      : { expected: expect.oneOf(values) },
  );
}

export function requiredVocabulary<const V extends readonly [string, ...string[]]>(description: string, values: V) {
  return field<V[number]>({ description, type: 'string', required: true, values }, (raw) =>
    (values as readonly string[]).includes(raw) ? { value: raw as V[number] } : { expected: expect.oneOf(values) },
  );
}

/** A partial ISO date; `today` is the latest date accepted (injected, never read from the clock here). */
export function date(description: string, today: string, required = true) {
  return field<PartialDate | undefined>({ description, type: 'string', required, format: 'partial-date' }, (raw) => {
    if (raw === '') return { value: undefined };
    const d = parsePartialDate(raw);
    if (!d) return { expected: expect.partialDate };
    if (d.first > today) return { expected: expect.notFuture(today) };
    return { value: d };
  });
}

export const count = (description: string) =>
  field<number>({ description, type: 'integer', required: true }, (raw) =>
    /^\d{1,9}$/.test(raw) ? { value: Number(raw) } : { expected: expect.integer },
  );

export const url = (description: string) =>
  field<string>({ description, type: 'string', required: true, format: 'uri' }, (raw) => {
    if (!/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(raw)) return { expected: expect.url };
    try {
      const u = new URL(raw);
      return u.protocol === 'http:' || u.protocol === 'https:' ? { value: raw } : { expected: expect.url };
    } catch {
      return { expected: expect.url };
    }
  });

export const iso3 = (description: string) =>
  field<string>({ description, type: 'string', required: true, format: 'iso3' }, (raw) =>
    countryByCode(raw) ? { value: raw } : { expected: expect.iso3 },
  );

export const yesNo = (description: string) =>
  field<boolean>({ description, type: 'boolean', required: true, values: ['yes', 'no'] }, (raw) =>
    raw === 'yes' ? { value: true } : raw === 'no' ? { value: false } : { expected: expect.oneOf(['yes', 'no']) },
  );

/** Cross-column check used by tables that give both a country name and its code. */
export function nameMatchesCode(name: string, code: string): boolean {
  return codeForName(name) === code;
}
