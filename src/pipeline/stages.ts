// The pipeline, declared as data: each stage names the files whose content decides whether it
// must run again, the files it writes, and what it runs.
//
//   data/raw/*.csv ──processed──> data/processed/*.csv + datapackage.json
//        notebooks/NN-*.ipynb + the processed files it reads ──notebook:NN──> .cache/executed/NN-*.ipynb
//        .cache/executed/*.ipynb ──reports──> reports/NN-*.html + reports/index.html
//
// A notebook's inputs are the processed files it read when it last ran (recorded by the runner,
// see scripts/trace-reads.cjs), so that an edit to a table it does not read leaves it fresh.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles, tempPath } from '../io';
import { runNotebook } from './notebook-runner';
import { executedPath, notebookFiles, processedFiles, rawFiles, reportFiles, reportName, type Paths } from './paths';
export { DataError, today } from './errors';

export interface Log {
  line(text: string): void;
}

/** What a stage's run learnt about its inputs: the processed files a notebook read. */
export interface RunInfo {
  readonly reads?: readonly string[];
}

export interface Stage {
  readonly id: string;
  readonly after: readonly string[];
  /** Input files; `reads` is what the stage recorded on its last run (undefined: not known). */
  readonly inputs: (p: Paths, reads?: readonly string[]) => string[];
  readonly outputs: (p: Paths) => string[];
  readonly run: (p: Paths, log: Log) => Promise<RunInfo | void>;
}

const code = (p: Paths) => [...listFiles(p.dist, (f) => f.endsWith('.js')), path.join(p.root, 'package-lock.json'), path.join(p.root, 'scripts', 'run_notebook.py')];
// Heavy work (zod, analysis, danfojs, markdown-it) is required only inside run(): a no-op build
// loads none of it.

const processed: Stage = {
  id: 'processed',
  after: [],
  inputs: (p) => [...rawFiles(p), ...code(p)],
  // Every file present, and the one that must be: an edited, added or removed file makes it stale.
  outputs: (p) => [...new Set([path.join(p.processed, 'datapackage.json'), ...processedFiles(p)])],
  run: async (p) => (require('./processed-stage') as typeof import('./processed-stage')).runProcessed(p),
};

function notebookStage(nb: string): Stage {
  const name = path.basename(nb, '.ipynb');
  return {
    id: `notebook:${name}`,
    after: ['processed'],
    inputs: (p, reads) => [nb, ...(reads ? reads.map((f) => path.join(p.processed, f)) : processedFiles(p)), ...code(p), path.join(p.root, 'scripts', 'trace-reads.cjs')],
    outputs: (p) => [executedPath(p, nb)],
    run: async (p, log) => {
      const out = executedPath(p, nb);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const tmp = tempPath(out);
      try {
        const reads = await runNotebook(p, nb, tmp, (t) => log.line(`    ${name}: ${t}`));
        fs.renameSync(tmp, out);
        // An empty list means the tracing saw nothing: then every processed file counts as read.
        return reads.length ? { reads } : {};
      } finally {
        fs.rmSync(tmp, { force: true });
      }
    },
  };
}

function reportsStage(notebooks: readonly string[]): Stage {
  return {
    id: 'reports',
    after: notebooks.map((nb) => `notebook:${path.basename(nb, '.ipynb')}`),
    inputs: (p) => [...notebooks.map((nb) => executedPath(p, nb)), ...rawFiles(p), ...notebooks, ...code(p)],
    outputs: (p) => [...new Set([path.join(p.reports, 'index.html'), ...notebooks.map((nb) => path.join(p.reports, reportName(nb))), ...reportFiles(p)])],
    run: async (p) => (require('./reports-stage') as typeof import('./reports-stage')).runReports(p, notebooks),
  };
}

export function pipeline(p: Paths): Stage[] {
  const notebooks = notebookFiles(p);
  return [processed, ...notebooks.map(notebookStage), reportsStage(notebooks)];
}
