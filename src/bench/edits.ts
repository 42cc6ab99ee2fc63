// The data-edit rebuild, one raw table at a time: change the notes of the table's first row (a
// valid edit every table allows), time `npm run build`, note which stages re-ran, then put the
// file back and rebuild (untimed). Writes only inside the workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { npm, stagesOf } from './commands';

export interface EditFigure {
  readonly table: string;
  readonly seconds: number;
  readonly rebuilt: string[];
  readonly fresh: string[];
}

/** The file with " (edited)" added to the notes of its first data row (a row on one line). */
export function editFirstRowNotes(text: string): string {
  const start = text.indexOf('\n') + 1;
  const end = text.indexOf('\n', start);
  const [header] = parse(text.slice(0, start)) as string[][];
  const [row] = parse(text.slice(start, end)) as string[][];
  const at = header?.indexOf('notes') ?? -1;
  if (!row || at < 0 || row.length !== header!.length) throw new Error('the first data row spans lines or has no notes; choose another edit');
  row[at] = row[at] ? `${row[at]} (edited)` : '(edited)';
  return text.slice(0, start) + stringify([row]).replace(/\n$/, '') + text.slice(end);
}

export async function benchEdits(root: string, log: (s: string) => void): Promise<EditFigure[]> {
  const raw = path.join(root, 'data', 'raw');
  const out: EditFigure[] = [];
  for (const table of fs.readdirSync(raw).filter((f) => f.endsWith('.csv')).sort()) {
    const file = path.join(raw, table);
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, editFirstRowNotes(original));
    try {
      const ran = await npm(root, 'build');
      const stages = stagesOf(ran.stdout);
      out.push({ table, seconds: ran.seconds, ...stages });
      log(`  edit ${table}: ${ran.seconds.toFixed(2)} s, re-ran ${stages.rebuilt.join(', ')}`);
    } finally {
      fs.writeFileSync(file, original);
      await npm(root, 'build');
    }
  }
  return out;
}
