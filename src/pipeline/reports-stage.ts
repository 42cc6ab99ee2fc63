// The work of the `reports` stage: executed notebooks to self-contained HTML reports and the
// index page, written atomically. Loaded only when the stage runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles, writeAll } from '../io';
import { pkgVersion } from '../report/assets';
import { esc } from '../report/html';
import { notebookBody, notebookTitle, page, type NavItem, type Notebook } from '../report/page';
import { BuildError } from './errors';
import { executedPath, rawFiles, relHashes, reportName, type Paths } from './paths';
import { oversized } from './report-size';

export async function runReports(p: Paths, notebooks: readonly string[]): Promise<void> {
  const version = (JSON.parse(fs.readFileSync(path.join(p.root, 'package.json'), 'utf8')) as { version: string }).version;
  const footer = {
    generator: `dprk-missions ${version}`,
    tools: Object.fromEntries(['vega', 'vega-lite', 'tslab', 'danfojs-node', 'typescript'].map((t) => [t, pkgVersion(t)])),
    inputs: relHashes(p, [...rawFiles(p), ...notebooks]),
  };
  const books = notebooks.map((nb) => ({ nb, book: JSON.parse(fs.readFileSync(executedPath(p, nb), 'utf8')) as Notebook }));
  const nav: NavItem[] = [
    { file: 'index.html', title: 'Overview' },
    ...books.map(({ nb, book }) => ({ file: reportName(nb), title: notebookTitle(book).title })),
  ];
  const files = new Map<string, string>();
  for (const { nb, book } of books) {
    const { body, hasCharts } = notebookBody(book);
    const html = page(notebookTitle(book).title, body, nav, reportName(nb), footer, hasCharts);
    const tooLarge = oversized(`reports/${reportName(nb)}`, html, path.relative(p.root, nb), book);
    if (tooLarge) throw new BuildError(tooLarge);
    files.set(path.join(p.reports, reportName(nb)), html);
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
}
