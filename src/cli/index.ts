#!/usr/bin/env node
// The command line: each command is a thin wrapper over src/. Exit codes: 0 ok, 1 failure
// (bad data, failing notebook, outputs out of date), 2 usage error.
import type { Command as CommandType } from 'commander';
import { ROOT } from '../pipeline/paths';
import { buildCommand, checkCommand, countCommand, validateCommand } from './commands';

// Commands that load more than the build needs are required when they run, so that a no-op
// build starts fast.
const tidy = () => require('./tidy') as typeof import('./tidy');
const notebook = () => require('./notebook') as typeof import('./notebook');

const failed = (e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
};

// `build` without options is what `npm run build` runs, most often with nothing to do: it goes
// straight to its action, without loading the option parser and the other commands (about 10 ms
// of the 0.3 s that a no-op `npm run build` may take).
if (process.argv.length === 3 && process.argv[2] === 'build') buildCommand({}).catch(failed);
else commandLine().parseAsync(process.argv).catch(failed);

function commandLine(): CommandType {
  const { Command } = require('commander') as typeof import('commander');
  const { METRICS, METRIC_LABELS, SCOPES } = require('../schema/vocab') as typeof import('../schema/vocab');
  const { benchCommand } = require('./bench') as typeof import('./bench');
  const { diffCommand } = require('./diff') as typeof import('./diff');
  const { devCommand } = require('./dev') as typeof import('./dev');

  const program = new Command('dprk')
    .description("Sourced record and reconciliation of published figures on North Korea's diplomatic presence abroad")
    .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

  // The allowed values come from the vocabulary, so help never lags behind it.
  const metricsHelp = `\nMetrics:\n${METRICS.map((m) => `  ${m.padEnd(26)} ${METRIC_LABELS[m]}`).join('\n')}\n\nScopes: ${SCOPES.join(', ')}\n`;

  program.command('build').description('regenerate data/processed/ and reports/ (only stages whose inputs changed)')
    .option('--force', 'rebuild every stage')
    .option('--only <stages>', 'comma-separated stage ids (e.g. processed)')
    .option('--param <name=value>', "a notebook parameter: as_of=YYYY-MM-DD or scope=SCOPE (repeatable; needs --out)", (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--out <dir>', 'write data/processed/ and reports/ under DIR instead of the project')
    .action((o: { force?: boolean; only?: string; param?: string[]; out?: string }) => buildCommand(o));
  program.command('check').description('exit 1, listing files, if committed outputs differ from what the data and code produce')
    .action(() => checkCommand());
  program.command('validate').description('validate data/raw/ and print every issue (writes nothing)')
    .option('--raw <dir>', 'folder of raw tables', '')
    .option('--json', 'print the issues and row counts as JSON on stdout')
    .action((o: { raw: string; json?: boolean }) => validateCommand(o));
  program.command('count').description('count a metric on a date from the record, with each member and its type')
    .argument('<metric>', `one of the metrics listed below`)
    .argument('<date>', 'YYYY, YYYY-MM or YYYY-MM-DD (a year or month is answered over every day it covers)')
    .option('--scope <scope>', `world, a continent or one of South Korea's regions: ${SCOPES.join(', ')}`, 'world')
    .option('--json', 'print the answer (range, members, warnings) as JSON on stdout')
    .addHelpText('after', metricsHelp)
    .action((metric: string, date: string, o: { scope: string; json?: boolean }) => countCommand(metric, date, o));
  program.command('notebook').description("start Jupyter Notebook on 127.0.0.1 with the project's TypeScript kernel and notebooks/ open; prints the URL")
    .option('--port <port>', 'port to listen on (default: a free one)')
    .action((o: { port?: string }) => notebook().notebookCommand(ROOT, o));
  program.command('strip').description('remove outputs, execution counts and editor metadata from notebooks (default: every notebooks/NN-*.ipynb)')
    .argument('[files...]', 'notebook files')
    .action((files: string[]) => tidy().stripCommand(ROOT, files));
  program.command('raw-readme').description("print the row-count and sha256 tables of data/raw/README.md as the files now are, to paste there")
    .action(() => tidy().rawReadmeCommand(ROOT));
  // Each extract command reads an upstream file and prints data/external/'s extract made from it;
  // the module is loaded only when the command runs.
  const printExtract = (load: () => (upstream: string) => string) => (file: string): void => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    process.stdout.write(load()((require('node:fs') as typeof import('node:fs')).readFileSync(file, 'utf8')));
  };
  program.command('extract-cow').description("print the DPRK's rows of the upstream Correlates of War Diplomatic Exchange file (data/external/README.md)")
    .argument('<file>', 'Diplomatic_Exchange_2006v1.csv')
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .action(printExtract(() => (require('../load/cow-extract') as typeof import('../load/cow-extract')).extractDprk));
  program.command('extract-kdiplo').description("print the DPRK's rows of 2024 of the upstream kdiplo file diplo_ties_data.csv (data/external/README.md)")
    .argument('<file>', 'diplo_ties_data.csv')
    .option('--south', "print South Korea's rows instead (data/external/kdiplo/rok.csv)")
    .action((file: string, o: { south?: boolean }) =>
      printExtract(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { extractKdiplo } = require('../load/kdiplo') as typeof import('../load/kdiplo');
        return (upstream) => extractKdiplo(upstream, o.south ? 'South Korea' : 'North Korea');
      })(file));
  program.command('diff').description('what the working tree changes in the findings against a commit (Markdown; --json for data)')
    .argument('[rev]', 'the commit to compare with', 'HEAD')
    .option('--json', 'print the differences as JSON')
    .option('--root <dir>', 'the project (a git work tree) to compare; default this one')
    .action((rev: string, o: { json?: boolean; root?: string }) => diffCommand(rev, o));
  program.command('dev').description('live preview: serve reports/ on 127.0.0.1, rebuild on changes to data/raw/, notebooks/ or src/, reload open pages')
    .option('--port <port>', 'port to listen on (0: any free port)', '4321')
    .option('--cold-kernels', 'run each notebook in a new kernel instead of keeping kernels warm')
    .action((o: { port: string; coldKernels?: boolean }) => devCommand(o));
  program.command('bench').description('run the benchmark and print its table (see bench/RESULTS.md)')
    .option('--quick', 'fewer repetitions and smaller synthetic tables')
    .option('--write', 'record the table in bench/RESULTS.md')
    .action((o: { quick?: boolean; write?: boolean }) => benchCommand(o));
  program.addHelpText('after', metricsHelp);
  return program;
}
