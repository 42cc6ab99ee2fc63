// `dprk strip`, `dprk raw-readme`, and the quick checks `npm run check` makes before it rebuilds:
// committed notebooks carry no outputs, and data/raw/README.md quotes the files' row counts and
// checksums. File reading and writing happen here; the rules are in src/tidy/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeAtomic } from '../io';
import { text } from '../messages';
import { TABLES } from '../schema/tables';
import { savedState, stripNotebook } from '../tidy/notebook-clean';
import { factsOf, readmeProblems, readmeTables } from '../tidy/raw-readme';

/** The notebooks the project commits: notebooks/NN-name.ipynb, never in subfolders (checkpoints). */
export function committedNotebooks(root: string): string[] {
  const dir = path.join(root, 'notebooks');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /^\d\d-[a-z0-9-]+\.ipynb$/.test(f)).sort().map((f) => path.join(dir, f));
}

function rawFacts(root: string) {
  const raw = path.join(root, 'data', 'raw');
  const readme = fs.readFileSync(path.join(raw, 'README.md'), 'utf8');
  const facts = TABLES.map((t) => factsOf(t.file, fs.readFileSync(path.join(raw, t.file))));
  return { readme, facts };
}

/** Problems `npm run check` reports without rebuilding anything. */
export function quickProblems(root: string): string[] {
  const out: string[] = [];
  for (const nb of committedNotebooks(root)) {
    const s = savedState(fs.readFileSync(nb, 'utf8'));
    if (s.outputs.length || s.counts.length) out.push(text.notebookSaved(path.relative(root, nb), s.outputs, s.counts));
  }
  const { readme, facts } = rawFacts(root);
  const raw = readmeProblems(readme, facts);
  if (raw.length) out.push(...raw, text.rawReadme.fix);
  return out;
}

export function stripCommand(root: string, files: readonly string[]): void {
  const targets = files.length ? files.map((f) => path.resolve(f)) : committedNotebooks(root);
  const changed: string[] = [];
  for (const f of targets) {
    const before = fs.readFileSync(f, 'utf8');
    const after = stripNotebook(before);
    if (after !== before) {
      writeAtomic(f, after);
      changed.push(path.relative(process.cwd(), f));
    }
  }
  console.log(text.stripped(changed));
}

export function rawReadmeCommand(root: string): void {
  const { readme, facts } = rawFacts(root);
  console.log(readmeTables(readme, facts));
}
