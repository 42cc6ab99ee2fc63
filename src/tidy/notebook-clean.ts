// The committed form of a notebook: no outputs, no execution counts, source as one string, only
// the `tags` of cell metadata, and the kernelspec and language of the notebook metadata, with
// keys in a fixed order. Saving in Jupyter adds all of those; `npm run strip` removes them and
// `npm run check` refuses a notebook that still carries outputs. Pure: text in, text out.

interface Cell {
  cell_type: string;
  metadata?: Record<string, unknown>;
  source?: string | string[];
  attachments?: unknown;
  outputs?: unknown[];
  execution_count?: number | null;
  id?: string;
}

interface Notebook {
  cells: Cell[];
  metadata?: { kernelspec?: Record<string, unknown>; language_info?: Record<string, unknown> };
  nbformat: number;
  nbformat_minor: number;
}

const pick = (o: Record<string, unknown> | undefined, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => o?.[k] !== undefined).map((k) => [k, o![k]]));

function cleanCell(c: Cell): Cell {
  const metadata = pick(c.metadata, ['tags']);
  const source = Array.isArray(c.source) ? c.source.join('') : (c.source ?? '');
  const out: Cell = { cell_type: c.cell_type, metadata, source };
  if (c.attachments !== undefined) out.attachments = c.attachments;
  if (c.cell_type === 'code') {
    out.outputs = [];
    out.execution_count = null;
  }
  if (c.id !== undefined) out.id = c.id;
  return out;
}

/** The notebook in its committed form; a notebook already in that form comes back byte for byte. */
export function stripNotebook(json: string): string {
  const nb = JSON.parse(json) as Notebook;
  const clean = {
    cells: nb.cells.map(cleanCell),
    metadata: {
      kernelspec: pick(nb.metadata?.kernelspec, ['display_name', 'language', 'name']),
      language_info: pick(nb.metadata?.language_info, ['name', 'file_extension', 'mimetype']),
    },
    nbformat: nb.nbformat,
    nbformat_minor: nb.nbformat_minor,
  };
  return `${JSON.stringify(clean, null, 1)}\n`;
}

/** What a committed notebook must not carry: 1-based cell numbers with outputs or an execution count. */
export function savedState(json: string): { outputs: number[]; counts: number[] } {
  const nb = JSON.parse(json) as Notebook;
  const outputs: number[] = [];
  const counts: number[] = [];
  nb.cells.forEach((c, i) => {
    if ((c.outputs?.length ?? 0) > 0) outputs.push(i + 1);
    if (c.execution_count !== undefined && c.execution_count !== null) counts.push(i + 1);
  });
  return { outputs, counts };
}
