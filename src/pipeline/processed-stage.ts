// The work of the `processed` stage: load and validate data/raw/, then write every file of
// data/processed/ atomically. Loaded only when the stage runs (zod, the analysis and danfojs
// are not needed by a no-op build).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasErrors } from '../issues';
import { writeAll } from '../io';
import { loadRecord } from '../load/record';
import { formatIssue, text } from '../messages';
import { DataError, today } from './errors';
import { makeOutputs } from './outputs';
import { externalReader, processedFiles, rawFiles, relHashes, type Paths } from './paths';

export async function runProcessed(p: Paths): Promise<void> {
  const loaded = loadRecord((f) => fs.readFileSync(path.join(p.raw, f)), path.relative(p.root, p.raw), { today: today() }, externalReader(p));
  if (hasErrors(loaded.issues)) {
    const errors = loaded.issues.filter((i) => i.severity === 'error');
    throw new DataError([...loaded.issues.map(formatIssue), text.buildFailed(errors.length)]);
  }
  const out = makeOutputs(loaded.record, { today: today() }, relHashes(p, rawFiles(p)));
  const files = new Map([...out.files].map(([name, content]) => [path.join(p.processed, name), content]));
  writeAll(files);
  for (const old of processedFiles(p)) if (!files.has(old)) fs.rmSync(old);
}
