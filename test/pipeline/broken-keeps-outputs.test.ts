// Every case of the broken-input corpus, run through the real `processed` stage: the stage
// fails with a DataError that lists the case's issues, and data/processed/ stays byte-identical.
// (Cases named warns-* hold warnings only: they do not fail a build.)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/pipeline/errors';
import { runProcessed } from '../../src/pipeline/processed-stage';
import type { Paths } from '../../src/pipeline/paths';
import { TABLES } from '../../src/schema/tables';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const cases = fs.readdirSync(path.join(FIXTURES, 'broken')).filter((c) => !c.startsWith('accepted-') && !c.startsWith('warns-')).sort();
const temps: string[] = [];

function project(caseName: string): Paths {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-stage-'));
  temps.push(root);
  const raw = path.join(root, 'data', 'raw');
  fs.mkdirSync(raw, { recursive: true });
  for (const t of TABLES) {
    const own = path.join(FIXTURES, 'broken', caseName, t.file);
    fs.copyFileSync(fs.existsSync(own) ? own : path.join(FIXTURES, 'mini', t.file), path.join(raw, t.file));
  }
  const processed = path.join(root, 'data', 'processed');
  fs.mkdirSync(processed, { recursive: true });
  // Outputs of an earlier, good build: they must survive the failed one.
  fs.writeFileSync(path.join(processed, 'claims.csv'), 'earlier,output\n');
  fs.writeFileSync(path.join(processed, 'datapackage.json'), '{"earlier": true}\n');
  return { root, raw, external: path.join(root, 'data', 'external'), processed, reports: path.join(root, 'reports'), notebooks: path.join(root, 'notebooks'), cache: path.join(root, '.cache'), dist: path.join(root, 'dist') };
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

afterAll(() => temps.forEach((t) => fs.rmSync(t, { recursive: true, force: true })));

describe('a broken raw file fails the processed stage and keeps the earlier outputs', () => {
  it.each(cases)('%s', async (c) => {
    const p = project(c);
    const before = snapshot(p.processed);
    const error = await runProcessed(p).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const messages = (error as DataError).messages;
    expect(messages[messages.length - 1]).toMatch(/^build failed: \d+ errors? in the raw data; nothing was written\.$/);
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'broken', c, 'expected.json'), 'utf8')) as { file: string; line: number }[];
    for (const e of expected) expect(messages.some((m) => m.includes(`data/raw/${e.file}${e.line > 0 ? `:${e.line}` : ''}`)), `${e.file}:${e.line}`).toBe(true);
    expect(snapshot(p.processed)).toEqual(before);
    expect(fs.existsSync(p.reports)).toBe(false);
  });
});
