// Writes synthetic mission_events.csv tables for the loader benchmark: valid rows, with a
// configured share of bad ones (bad date, unknown vocabulary, ragged row), each bad row carrying
// exactly one problem. Deterministic for a seed (mulberry32); writes only the file it is given.
import * as fs from 'node:fs';
import { TABLES } from '../schema/tables';
import { DATE_QUALIFIERS, MISSION_EVENTS, CONFIDENCE } from '../schema/vocab';
import { mulberry32, pick } from './prng';

export const HEADER = Object.keys(TABLES.find((t) => t.name === 'mission_events')!.shape({ today: '2100-01-01' }));

const CITIES = ['beijing', 'moscow', 'hanoi', 'vientiane', 'havana', 'berlin', 'stockholm', 'lagos', 'cairo', 'delhi'];
const HOSTS = ['chn', 'rus', 'vnm', 'lao', 'cub', 'deu', 'swe', 'nga', 'egy', 'ind'];
const NOTES = ['', '', 'Named on the ROK MOFA register as of December 2023.', 'Date from the host ministry, "about" that month.', 'Reported closed; reopening not confirmed, see notes, sources'];
export type BadKind = 'date' | 'vocab' | 'ragged';
const BAD_KINDS: readonly BadKind[] = ['date', 'vocab', 'ragged'];

export interface GenOptions {
  readonly rows: number;
  readonly seed: number;
  /** Share of rows with exactly one problem, e.g. 0.02. Row i is bad when floor((i+1)·share) > floor(i·share). */
  readonly badShare: number;
}

export interface GenSummary {
  readonly rows: number;
  readonly bad: number;
  readonly badByKind: Record<BadKind, number>;
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Yields the header line then one line per row (each ending in \n), and fills `summary`. */
export function* lines(o: GenOptions, summary: { bad: number; badByKind: Record<BadKind, number> }): Generator<string> {
  const rand = mulberry32(o.seed);
  yield `${HEADER.join(',')}\n`;
  for (let i = 0; i < o.rows; i++) {
    const n = Math.floor(rand() * 10);
    const mission = `${HOSTS[n]}-${CITIES[n]}`;
    const year = 1948 + Math.floor(rand() * 75);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const precision = rand();
    let date = precision < 0.3 ? `${year}` : precision < 0.6 ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    let event: string = pick(rand, MISSION_EVENTS);
    const fields = [`${mission}-ev-${i}`, mission, event, date, pick(rand, DATE_QUALIFIERS), `src-${Math.floor(rand() * 500)}`, pick(rand, CONFIDENCE), pick(rand, NOTES)];
    const bad = Math.floor((i + 1) * o.badShare) > Math.floor(i * o.badShare);
    if (bad) {
      const kind = pick(rand, BAD_KINDS);
      summary.bad += 1;
      summary.badByKind[kind] += 1;
      if (kind === 'date') fields[3] = date = `${year}-${13 + (i % 7)}-02`;
      else if (kind === 'vocab') fields[2] = event = 'teleported';
      else fields.splice(4, 1); // one column short
    }
    yield `${fields.map(csvCell).join(',')}\n`;
  }
}

export function emptySummary(): { bad: number; badByKind: Record<BadKind, number> } {
  return { bad: 0, badByKind: { date: 0, vocab: 0, ragged: 0 } };
}

/** Writes the table to `file` in chunks, without holding it in memory. */
export async function writeTable(file: string, o: GenOptions): Promise<GenSummary> {
  const summary = emptySummary();
  const out = fs.createWriteStream(file);
  let buf: string[] = [];
  const flush = async () => {
    if (!out.write(buf.join(''))) await new Promise<void>((r) => out.once('drain', () => r()));
    buf = [];
  };
  for (const line of lines(o, summary)) {
    buf.push(line);
    if (buf.length >= 5000) await flush();
  }
  await flush();
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return { rows: o.rows, ...summary };
}
