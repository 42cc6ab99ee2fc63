// The pipeline, declared as data: each stage names the files whose content decides whether it
// must run again, the files it writes, and what it runs.
//
//   data/raw/*.csv ──processed──> data/processed/*.csv + datapackage.json
//        notebooks/NN-*.ipynb + data/processed ──notebook:NN──> .cache/executed/NN-*.ipynb
//        .cache/executed/*.ipynb ──reports──> reports/NN-*.html + reports/index.html
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles, tempPath } from '../io';
import { runNotebook } from './notebook-runner';
import { executedPath, notebookFiles, processedFiles, rawFiles, reportName, type Paths } from './paths';
export { DataError, today } from './errors';

export interface Log {
  line(text: string): void;
}

export interface Stage {
  readonly id: string;
  readonly after: readonly string[];
  readonly inputs: (p: Paths) => string[];
  readonly outputs: (p: Paths) => string[];
  readonly run: (p: Paths, log: Log) => Promise<void>;
}

const code = (p: Paths) => [...listFiles(p.dist, (f) => f.endsWith('.js')), path.join(p.root, 'package-lock.json'), path.join(p.root, 'scripts', 'run_notebook.py')];
// Heavy work (zod, analysis, danfojs, markdown-it) is required only inside run(): a no-op build
// loads none of it.

const processed: Stage = {
  id: 'processed',
  after: [],
  inputs: (p) => [...rawFiles(p), ...code(p)],
  outputs: (p) => [path.join(p.processed, 'datapackage.json')],
  run: async (p) => (require('./processed-stage') as typeof import('./processed-stage')).runProcessed(p),
};

function notebookStage(nb: string): Stage {
  const name = path.basename(nb, '.ipynb');
  return {
    id: `notebook:${name}`,
    after: ['processed'],
    inputs: (p) => [nb, ...processedFiles(p), ...code(p)],
    outputs: (p) => [executedPath(p, nb)],
    run: async (p, log) => {
      const out = executedPath(p, nb);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const tmp = tempPath(out);
      await runNotebook(p, nb, tmp, (n, total) => log.line(`    ${name}: cell ${n}/${total}`));
      fs.renameSync(tmp, out);
    },
  };
}

function reportsStage(notebooks: readonly string[]): Stage {
  return {
    id: 'reports',
    after: notebooks.map((nb) => `notebook:${path.basename(nb, '.ipynb')}`),
    inputs: (p) => [...notebooks.map((nb) => executedPath(p, nb)), ...rawFiles(p), ...notebooks, ...code(p)],
    outputs: (p) => [path.join(p.reports, 'index.html'), ...notebooks.map((nb) => path.join(p.reports, reportName(nb)))],
    run: async (p) => (require('./reports-stage') as typeof import('./reports-stage')).runReports(p, notebooks),
  };
}

export function pipeline(p: Paths): Stage[] {
  const notebooks = notebookFiles(p);
  return [processed, ...notebooks.map(notebookStage), reportsStage(notebooks)];
}
