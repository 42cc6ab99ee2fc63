// A small Frictionless Table Schema validator for the processed CSVs: header, types, required,
// enum, pattern, primary key and foreign keys. Returns problems as strings.
import { parse } from 'csv-parse/sync';

interface Field { name: string; type: string; constraints?: { required?: boolean; enum?: string[]; pattern?: string }; trueValues?: string[]; falseValues?: string[] }
interface Resource { name: string; path: string; schema: { fields: Field[]; primaryKey: string[]; foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[] } }

const TYPE: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  boolean: /^(yes|no)$/,
  string: /[\s\S]*/,
};

export function validatePackage(pkg: { resources: Resource[] }, read: (path: string) => string): string[] {
  const problems: string[] = [];
  const tables = new Map<string, Record<string, string>[]>();
  for (const res of pkg.resources) {
    const text = read(res.path);
    if (text.charCodeAt(0) === 0xfeff) problems.push(`${res.path}: starts with a BOM`);
    if (text.includes('\r\n')) problems.push(`${res.path}: CRLF line endings`);
    const rows = parse(text, { columns: false }) as string[][];
    const [header, ...body] = rows;
    const names = res.schema.fields.map((f) => f.name);
    if (JSON.stringify(header) !== JSON.stringify(names)) problems.push(`${res.path}: header ${JSON.stringify(header)} differs from schema ${JSON.stringify(names)}`);
    const objects = body.map((r) => Object.fromEntries(names.map((n, i) => [n, r[i] ?? ''])));
    tables.set(res.name, objects);
    objects.forEach((row, i) => {
      for (const f of res.schema.fields) {
        const v = row[f.name] ?? '';
        const where = `${res.path}:${i + 2} ${f.name}=${JSON.stringify(v)}`;
        if (v === '') {
          if (f.constraints?.required) problems.push(`${where}: required`);
          continue;
        }
        if (!(TYPE[f.type] ?? /$^/).test(v)) problems.push(`${where}: not a ${f.type}`);
        if (f.constraints?.enum && !f.constraints.enum.includes(v)) problems.push(`${where}: not in enum`);
        if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(v)) problems.push(`${where}: does not match pattern`);
      }
    });
    const seen = new Set<string>();
    for (const row of objects) {
      const key = res.schema.primaryKey.map((k) => row[k]).join('\u0000');
      if (seen.has(key)) problems.push(`${res.path}: duplicate primary key ${key}`);
      seen.add(key);
    }
  }
  for (const res of pkg.resources) {
    for (const fk of res.schema.foreignKeys) {
      const target = new Set((tables.get(fk.reference.resource) ?? []).map((r) => fk.reference.fields.map((f) => r[f]).join('\u0000')));
      for (const row of tables.get(res.name) ?? []) {
        const key = fk.fields.map((f) => row[f]).join('\u0000');
        if (!target.has(key)) problems.push(`${res.path}: ${fk.fields.join(',')}=${key} not in ${fk.reference.resource}`);
      }
    }
  }
  return problems;
}
