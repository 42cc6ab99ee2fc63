// Warms the dev process for its first rebuild: runs the processed and reports stages into a
// scratch folder, so that their modules (zod, the analysis, danfojs, markdown-it, vega's browser
// build) are loaded before the first edit. When the project was already built, the dev server's
// first build finds every stage fresh and loads none of them, and the first edit then paid
// seconds for it. Writes only under .cache/dev-warm-up-stages/, which it removes; a failure (bad data,
// no executed notebooks yet) only means no warm-up.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { notebookFiles, type Paths } from '../pipeline/paths';

export async function warmStages(paths: Paths): Promise<void> {
  const scratch = path.join(paths.cache, 'dev-warm-up-stages');
  try {
    const { runProcessed } = require('../pipeline/processed-stage') as typeof import('../pipeline/processed-stage');
    // Twice: the first edit after one run still took twice as long as the next ones (V8 had not
    // yet optimised the analysis).
    for (let i = 0; i < 2; i++) await runProcessed({ ...paths, processed: path.join(scratch, 'processed') });
    const { runReports } = require('../pipeline/reports-stage') as typeof import('../pipeline/reports-stage');
    await runReports({ ...paths, reports: path.join(scratch, 'reports') }, notebookFiles(paths));
  } catch {
    // nothing to warm with; the first rebuild loads the modules itself
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
