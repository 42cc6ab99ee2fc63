// A notebook saved by Jupyter (nbformat: sorted keys, source split in lines, outputs, counts,
// editor metadata) strips back to its committed bytes; committed notebooks are left as they are.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, hashFiles } from '../../src/io';
import { savedState, stripNotebook } from '../../src/tidy/notebook-clean';

const FIX = path.join(__dirname, '..', 'fixtures', 'notebooks');
const saved = fs.readFileSync(path.join(FIX, 'saved-by-jupyter.ipynb'), 'utf8');
const committed = fs.readFileSync(path.join(FIX, 'committed.ipynb'), 'utf8');
const NOTEBOOKS = path.join(__dirname, '..', '..', 'notebooks');

describe('stripNotebook', () => {
  it('turns a notebook saved by Jupyter back into its committed bytes', () => {
    expect(saved).not.toBe(committed);
    expect(stripNotebook(saved)).toBe(committed);
  });

  it('leaves every committed notebook of the project byte for byte', () => {
    for (const f of fs.readdirSync(NOTEBOOKS).filter((n) => n.endsWith('.ipynb'))) {
      const text = fs.readFileSync(path.join(NOTEBOOKS, f), 'utf8');
      expect(stripNotebook(text), f).toBe(text);
    }
  });

  it('keeps cell tags (the parameters cell) and drops other cell metadata', () => {
    const nb = JSON.parse(committed) as { cells: { metadata: Record<string, unknown> }[] };
    nb.cells[1]!.metadata = { tags: ['parameters'], scrolled: true };
    const out = JSON.parse(stripNotebook(JSON.stringify(nb))) as typeof nb;
    expect(out.cells[1]!.metadata).toEqual({ tags: ['parameters'] });
  });
});

describe('savedState', () => {
  it('names the cells with outputs and execution counts', () => {
    expect(savedState(saved)).toEqual({ outputs: [2, 4, 6, 8, 10], counts: [2, 4, 6, 8, 10] });
    expect(savedState(committed)).toEqual({ outputs: [], counts: [] });
  });
});

describe('the build reads a notebook without its saved outputs', () => {
  it('hashes a saved notebook as its committed form', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-nb-'));
    try {
      const a = path.join(tmp, 'a', '01-x.ipynb');
      const b = path.join(tmp, 'b', '01-x.ipynb');
      fs.mkdirSync(path.dirname(a));
      fs.mkdirSync(path.dirname(b));
      fs.writeFileSync(a, saved);
      fs.writeFileSync(b, committed);
      expect(buildContent(a).equals(buildContent(b))).toBe(true);
      fs.writeFileSync(b, saved);
      const h1 = hashFiles([b], (f) => path.basename(f));
      fs.writeFileSync(b, committed);
      expect(hashFiles([b], (f) => path.basename(f))).toBe(h1);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
