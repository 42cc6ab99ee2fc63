// The data-edit rebuild, one raw table at a time: change the notes of the table's first row (a
// valid edit every table allows), time `npm run build`, note which stages re-ran, then put the
// file back and rebuild (untimed). Writes only inside the workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { npm, stagesOf } from './commands';

export interface EditFigure {
  readonly table: string;
  readonly seconds: number;
  readonly rebuilt: string[];
  readonly fresh: string[];
}

/** The file with " (edited)" added to the last field (notes) of its first data row. */
export function editFirstRowNotes(text: string): string {
  const start = text.indexOf('\n') + 1;
  const end = text.indexOf('\n', start);
  const row = text.slice(start, end);
  if ((row.match(/"/g) ?? []).length % 2) throw new Error('first data row spans lines; choose another edit');
  const edited = row.endsWith('"') ? `${row.slice(0, -1)} (edited)"` : `${row}${row.endsWith(',') ? '' : ' '}(edited)`;
  return text.slice(0, start) + edited + text.slice(end);
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
