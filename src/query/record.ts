// Loads the project's raw record once per process for the command line and the notebook API:
// the validated record, its model (timelines) and its analysis date. Reads data/raw/ only
// through the loaders; throws on any error-level issue with every issue listed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildModel, type Model } from '../analysis/count';
import { today } from '../pipeline/errors';
import { externalReader, projectPaths } from '../pipeline/paths';
import { listFiles } from '../io';
import { hasErrors, type Issue } from '../issues';
import { keptByContent } from '../kept';
import { analysisDate, loadRecord, type RawRecord } from '../load/record';
import { formatIssue, text } from '../messages';

export interface Loaded {
  readonly record: RawRecord;
  readonly model: Model;
  readonly analysisDate: string;
  readonly issues: readonly Issue[];
}

export class RecordError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super([...issues.map(formatIssue), text.buildFailed(issues.filter((i) => i.severity === 'error').length)].join('\n'));
  }
}

const cache = new Map<string, Loaded>();

/**
 * The raw tables in `rawDir` with the third-party extracts beside them (data/external next to
 * data/raw), loaded and validated, as `validate` and the notebook API see them. Paths in issues
 * are relative to the working directory.
 */
export function loadFolder(rawDir: string) {
  const external = externalReader({ root: process.cwd(), external: path.join(rawDir, '..', 'external') });
  return loadRecord((f) => fs.readFileSync(path.join(rawDir, f)), path.relative(process.cwd(), rawDir) || '.', { today: today() }, external);
}

/**
 * The record in `rawDir` (default: the project's data/raw/), loaded and modelled once. In a warm
 * kernel of `npm run dev`, whose modules are forgotten before every run, it is kept by the content
 * of every file of the raw and external folders (src/kept.ts), so an unchanged record is not
 * loaded again.
 */
export function projectRecord(rawDir = projectPaths().raw): Loaded {
  const hit = cache.get(rawDir);
  if (hit) return hit;
  const externalDir = path.join(rawDir, '..', 'external');
  const files = [...listFiles(rawDir), ...listFiles(externalDir)];
  const parts = [today(), process.cwd(), rawDir, ...files.flatMap((f) => [f, fs.readFileSync(f)])];
  const out = keptByContent(`record:${rawDir}`, parts, () => {
    const loaded = loadFolder(rawDir);
    if (hasErrors(loaded.issues)) throw new RecordError(loaded.issues);
    return { record: loaded.record, model: buildModel(loaded.record), analysisDate: analysisDate(loaded.record), issues: loaded.issues };
  });
  cache.set(rawDir, out);
  return out;
}
