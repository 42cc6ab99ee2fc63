// Compares two sets of findings: the processed tables (reconciliation, fact checks, yearly
// counts) and the raw tables they come from, before and after a change. Pure: both sides are
// given as file name -> CSV text; reading them from git and the working tree is in sources.ts.
import { parse } from 'csv-parse/sync';
import { TABLES } from '../schema/tables';

export type Files = ReadonlyMap<string, string>;

export interface Figure { readonly claim_id: string; readonly value: string; readonly wording: string; readonly as_of: string; readonly verdict: string; readonly publisher: string }
export interface Range { readonly low: string; readonly high: string }
export interface Flip { readonly figure: Figure; readonly from: string; readonly to: string }
export interface Move { readonly figure: Figure; readonly from: Range & { readonly residual: string }; readonly to: Range & { readonly residual: string } }
export interface AssertionFlip { readonly assertion_id: string; readonly statement: string; readonly from: string; readonly to: string }
/** A yearly count that moved; years in [from, to] with the same change are merged. */
export interface YearMove { readonly series: string; readonly firstYear: string; readonly lastYear: string; readonly from: Range | null; readonly to: Range | null }
export interface RawTableDiff { readonly table: string; readonly added: readonly string[]; readonly removed: readonly string[]; readonly edited: readonly { id: string; columns: readonly string[] }[] }

export interface FindingsDiff {
  readonly flipped: readonly Flip[];
  readonly added: readonly Figure[];
  readonly removed: readonly Figure[];
  readonly moved: readonly Move[];
  readonly assertions: readonly AssertionFlip[];
  readonly openMissions: readonly YearMove[];
  readonly relations: readonly YearMove[];
  readonly raw: readonly RawTableDiff[];
}

type Row = Record<string, string>;

function rows(files: Files, file: string): Row[] {
  const text = files.get(file);
  return text === undefined || text === '' ? [] : (parse(text, { columns: true, bom: true }) as Row[]);
}

function byKey(list: readonly Row[], key: readonly string[]): Map<string, Row> {
  return new Map(list.map((r) => [key.map((k) => r[k] ?? '').join('/'), r]));
}

const sorted = (xs: Iterable<string>) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function figure(r: Row): Figure {
  return { claim_id: r.claim_id!, value: r.value!, wording: r.wording!, as_of: r.as_of!, verdict: r.verdict!, publisher: r.publisher! };
}

function figures(before: Files, after: Files) {
  const a = byKey(rows(before, 'reconciliation.csv'), ['claim_id']);
  const b = byKey(rows(after, 'reconciliation.csv'), ['claim_id']);
  const flipped: Flip[] = [];
  const moved: Move[] = [];
  for (const id of sorted(b.keys())) {
    const x = a.get(id);
    const y = b.get(id)!;
    if (!x) continue;
    if (x.verdict !== y.verdict) flipped.push({ figure: figure(y), from: x.verdict!, to: y.verdict! });
    const r = (z: Row) => ({ low: z.record_low!, high: z.record_high!, residual: z.residual! });
    if (x.record_low !== y.record_low || x.record_high !== y.record_high || x.residual !== y.residual) moved.push({ figure: figure(y), from: r(x), to: r(y) });
  }
  return {
    flipped,
    moved,
    added: sorted(b.keys()).filter((id) => !a.has(id)).map((id) => figure(b.get(id)!)),
    removed: sorted(a.keys()).filter((id) => !b.has(id)).map((id) => figure(a.get(id)!)),
  };
}

function assertions(before: Files, after: Files): AssertionFlip[] {
  const a = byKey(rows(before, 'assertion_checks.csv'), ['assertion_id']);
  const b = byKey(rows(after, 'assertion_checks.csv'), ['assertion_id']);
  return sorted(b.keys())
    .filter((id) => a.has(id) && a.get(id)!.verdict !== b.get(id)!.verdict)
    .map((id) => ({ assertion_id: id, statement: b.get(id)!.statement!, from: a.get(id)!.verdict!, to: b.get(id)!.verdict! }));
}

/** Yearly counts keyed "series/year"; moves merged over consecutive years with the same change. */
function yearMoves(a: ReadonlyMap<string, Range>, b: ReadonlyMap<string, Range>): YearMove[] {
  const keys = sorted(new Set([...a.keys(), ...b.keys()]));
  const same = (x: Range | null, y: Range | null) => (x === null ? y === null : y !== null && x.low === y.low && x.high === y.high);
  const out: YearMove[] = [];
  for (const k of keys) {
    const [series, year] = [k.slice(0, k.lastIndexOf('/')), k.slice(k.lastIndexOf('/') + 1)];
    const from = a.get(k) ?? null;
    const to = b.get(k) ?? null;
    if (same(from, to)) continue;
    const last = out[out.length - 1];
    if (last && last.series === series && Number(last.lastYear) + 1 === Number(year) && same(last.from, from) && same(last.to, to)) {
      out[out.length - 1] = { ...last, lastYear: year };
    } else out.push({ series, firstYear: year, lastYear: year, from, to });
  }
  return out;
}

function openMissionYears(files: Files): Map<string, Range> {
  return new Map(rows(files, 'open_missions.csv').filter((r) => r.point === 'year_end').map((r) => [`${r.mission_type}/${r.date!.slice(0, 4)}`, { low: r.low!, high: r.high! }]));
}

function relationYears(files: Files): Map<string, Range> {
  return new Map(rows(files, 'relations_by_year.csv').map((r) => [`${r.metric}/${r.year}`, { low: r.low!, high: r.high! }]));
}

function rawTables(before: Files, after: Files): RawTableDiff[] {
  const out: RawTableDiff[] = [];
  for (const t of TABLES) {
    const a = byKey(rows(before, t.file), t.key);
    const b = byKey(rows(after, t.file), t.key);
    const edited: { id: string; columns: string[] }[] = [];
    for (const id of sorted(b.keys())) {
      const x = a.get(id);
      if (!x) continue;
      const y = b.get(id)!;
      const columns = sorted(new Set([...Object.keys(x), ...Object.keys(y)])).filter((c) => x[c] !== y[c]);
      if (columns.length) edited.push({ id, columns });
    }
    const added = sorted(b.keys()).filter((id) => !a.has(id));
    const removed = sorted(a.keys()).filter((id) => !b.has(id));
    if (added.length || removed.length || edited.length) out.push({ table: t.file, added, removed, edited });
  }
  return out;
}

/** `processed` sides hold the files of data/processed/; `raw` sides those of data/raw/. */
export function diffFindings(before: { processed: Files; raw: Files }, after: { processed: Files; raw: Files }): FindingsDiff {
  return {
    ...figures(before.processed, after.processed),
    assertions: assertions(before.processed, after.processed),
    openMissions: yearMoves(openMissionYears(before.processed), openMissionYears(after.processed)),
    relations: yearMoves(relationYears(before.processed), relationYears(after.processed)),
    raw: rawTables(before.raw, after.raw),
  };
}

export function isEmpty(d: FindingsDiff): boolean {
  return !d.flipped.length && !d.added.length && !d.removed.length && !d.moved.length && !d.assertions.length && !d.openMissions.length && !d.relations.length && !d.raw.length;
}
