// Describes the columns of every processed table (name, Table Schema type, description, how to
// get the cell text from a typed row). Raw tables keep their columns; each partial date gains
// _precision, _first and _last columns so a reader sees the interval a date stands for.
import type { PartialDate } from '../dates';
import { columnMeta, type TableType } from '../schema/fields';
import type { SchemaContext, TableDef } from '../schema/tables';

export interface OutColumn<Row> {
  readonly name: string;
  readonly type: TableType | 'number';
  readonly description: string;
  readonly required: boolean;
  readonly values?: readonly string[];
  /** True for free text that a spreadsheet could mistake for a formula. */
  readonly text: boolean;
  readonly get: (row: Row) => string;
}

export interface OutTable<Row> {
  readonly name: string;
  readonly file: string;
  readonly title: string;
  readonly description: string;
  readonly key: readonly string[];
  readonly foreignKeys: readonly { column: string; table: string; refColumn: string }[];
  readonly columns: readonly OutColumn<Row>[];
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object' && v !== null && 'iso' in v) return (v as PartialDate).iso;
  return String(v);
}

export function rawOutTable<Row extends Record<string, unknown>>(
  def: TableDef,
  context: SchemaContext,
  extras: readonly OutColumn<Row>[] = [],
): OutTable<Row> {
  const columns: OutColumn<Row>[] = [];
  for (const [name, schema] of Object.entries(def.shape(context))) {
    const meta = columnMeta(schema);
    if (meta.format === 'partial-date') {
      columns.push({ name, type: 'string', description: `${meta.description} ISO 8601 at its precision.`, required: meta.required, text: false, get: (r) => cell(r[name]) });
      columns.push({ name: `${name}_precision`, type: 'string', description: `Precision of ${name}.`, required: false, values: ['year', 'month', 'day'], text: false, get: (r) => (r[name] as PartialDate | undefined)?.precision ?? '' });
      columns.push({ name: `${name}_first`, type: 'date', description: `First day that ${name} can stand for.`, required: false, text: false, get: (r) => (r[name] as PartialDate | undefined)?.first ?? '' });
      columns.push({ name: `${name}_last`, type: 'date', description: `Last day that ${name} can stand for.`, required: false, text: false, get: (r) => (r[name] as PartialDate | undefined)?.last ?? '' });
    } else {
      const free = meta.type === 'string' && !meta.values && !meta.format;
      columns.push({ name, type: meta.type, description: meta.description, required: meta.required, ...(meta.values ? { values: meta.values } : {}), text: free || meta.format === 'uri', get: (r) => cell(r[name]) });
    }
  }
  return {
    name: def.name,
    file: `${def.name}.csv`,
    title: def.title,
    description: `${def.title}: data/raw/${def.file}, validated and normalised.`,
    key: def.key,
    foreignKeys: def.foreignKeys,
    columns: [...columns, ...extras],
  };
}
