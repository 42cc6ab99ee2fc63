// The pipeline, declared as data: each stage names the files whose content decides whether it
// must run again, the files it writes, and what it runs.
//
//   data/raw/*.csv ──processed──> data/processed/*.csv + datapackage.json
//        notebooks/NN-*.ipynb + data/processed ──notebook:NN──> .cache/executed/NN-*.ipynb
//        .cache/executed/*.ipynb ──reports──> reports/NN-*.html + reports/index.html
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasErrors } from '../issues';
import { writeAll, listFiles, sha256 } from '../io';
import { loadRecord } from '../load/record';
import { formatIssue, text } from '../messages';
import { pkgVersion } from '../report/assets';
import { notebookBody, notebookTitle, page, type Notebook, type NavItem } from '../report/page';
import { esc } from '../report/html';
import { makeOutputs } from './outputs';
import { runNotebook } from './notebook-runner';
import type { Paths } from './paths';

export interface Log {
  line(text: string): void;
}

export class DataError extends Error {
  constructor(readonly messages: readonly string[]) {
    super(messages.join('\n'));
  }
}

export interface Stage {
  readonly id: string;
  readonly after: readonly string[];
  readonly inputs: (p: Paths) => string[];
  readonly outputs: (p: Paths) => string[];
  readonly run: (p: Paths, log: Log) => Promise<void>;
}

const code = (p: Paths) => [...listFiles(p.dist, (f) => f.endsWith('.js')), path.join(p.root, 'package-lock.json'), path.join(p.root, 'scripts', 'run_notebook.py')];
const rawFiles = (p: Paths) => listFiles(p.raw, (f) => f.endsWith('.csv'));
const processedFiles = (p: Paths) => listFiles(p.processed, (f) => f.endsWith('.csv') || f.endsWith('.json'));
export const notebookFiles = (p: Paths) => listFiles(p.notebooks, (f) => /\/\d\d-[a-z0-9-]+\.ipynb$/.test(f));
const executedPath = (p: Paths, nb: string) => path.join(p.cache, 'executed', path.basename(nb));
const reportName = (nb: string) => path.basename(nb).replace(/\.ipynb$/, '.html');

/** Today's date in UTC: the latest date the raw data may hold. The only clock read of the build. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function relHashes(p: Paths, files: readonly string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [path.relative(p.root, f), sha256(fs.readFileSync(f))]));
}

const processed: Stage = {
  id: 'processed',
  after: [],
  inputs: (p) => [...rawFiles(p), ...code(p)],
  outputs: (p) => [path.join(p.processed, 'datapackage.json')],
  run: async (p) => {
    const loaded = loadRecord((f) => fs.readFileSync(path.join(p.raw, f)), path.relative(p.root, p.raw), { today: today() });
    if (hasErrors(loaded.issues)) {
      const errors = loaded.issues.filter((i) => i.severity === 'error');
      throw new DataError([...loaded.issues.map(formatIssue), text.buildFailed(errors.length)]);
    }
    const out = makeOutputs(loaded.record, { today: today() }, relHashes(p, rawFiles(p)));
    const files = new Map([...out.files].map(([name, content]) => [path.join(p.processed, name), content]));
    writeAll(files);
    for (const old of processedFiles(p)) if (!files.has(old)) fs.rmSync(old);
  },
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
      const tmp = `${out}.tmp-${process.pid}-0`;
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
    run: async (p) => {
      const footer = {
        generator: `dprk-missions ${(JSON.parse(fs.readFileSync(path.join(p.root, 'package.json'), 'utf8')) as { version: string }).version}`,
        tools: Object.fromEntries(['vega', 'vega-lite', 'tslab', 'danfojs-node', 'typescript'].map((t) => [t, pkgVersion(t)])),
        inputs: relHashes(p, [...rawFiles(p), ...notebooks]),
      };
      const books = notebooks.map((nb) => ({ nb, book: JSON.parse(fs.readFileSync(executedPath(p, nb), 'utf8')) as Notebook }));
      const nav: NavItem[] = [{ file: 'index.html', title: 'Overview' }, ...books.map(({ nb, book }) => ({ file: reportName(nb), title: notebookTitle(book).title }))];
      const files = new Map<string, string>();
      for (const { nb, book } of books) {
        const { body, hasCharts } = notebookBody(book);
        files.set(path.join(p.reports, reportName(nb)), page(notebookTitle(book).title, body, nav, reportName(nb), footer, hasCharts));
      }
      const list = books
        .map(({ nb, book }) => `<li><a href="${esc(reportName(nb))}">${esc(notebookTitle(book).title)}</a><br>${esc(notebookTitle(book).summary)}</li>`)
        .join('\n');
      const index = `<h1>North Korea’s diplomatic presence abroad</h1>
<p>Published counts of the DPRK’s missions and diplomatic relations disagree because each counts a different thing at a different date. These reports hold every figure against one sourced record of missions and relations, and say for each what it counts, when, and what is left unexplained.</p>
<ol>
${list}
</ol>
<p>Each report opens offline; charts are interactive when scripts run and readable as static images when they do not. The data behind them is in <code>data/processed/</code> of the project, described by <code>datapackage.json</code>.</p>`;
      files.set(path.join(p.reports, 'index.html'), page('DPRK missions abroad: reports', index, nav, 'index.html', footer, false));
      writeAll(files);
      const keep = new Set(files.keys());
      for (const old of listFiles(p.reports, (f) => f.endsWith('.html'))) if (!keep.has(old)) fs.rmSync(old);
    },
  };
}

export function pipeline(p: Paths): Stage[] {
  const notebooks = notebookFiles(p);
  return [processed, ...notebooks.map(notebookStage), reportsStage(notebooks)];
}
