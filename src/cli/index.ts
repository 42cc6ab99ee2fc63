#!/usr/bin/env node
// The command line: each command is a thin wrapper over src/. Exit codes: 0 ok, 1 failure
// (bad data, failing notebook, outputs out of date), 2 usage error.
import { Command } from 'commander';
import { benchCommand } from './bench';
import { diffCommand } from './diff';
import { buildCommand, checkCommand, countCommand, validateCommand } from './commands';

const program = new Command('dprk')
  .description("Sourced record and reconciliation of published figures on North Korea's diplomatic presence abroad")
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

program.command('build').description('regenerate data/processed/ and reports/ (only stages whose inputs changed)')
  .option('--force', 'rebuild every stage')
  .option('--only <stages>', 'comma-separated stage ids (e.g. processed)')
  .action((o: { force?: boolean; only?: string }) => buildCommand(o));
program.command('check').description('exit 1, listing files, if committed outputs differ from what the data and code produce')
  .action(() => checkCommand());
program.command('validate').description('validate data/raw/ and print every issue (writes nothing)')
  .option('--raw <dir>', 'folder of raw tables', '')
  .action((o: { raw: string }) => validateCommand(o.raw));
program.command('count').description('count a metric on a date from the record, with its members')
  .argument('<metric>', 'e.g. embassies, missions_all, relations_un_current')
  .argument('<date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
  .option('--scope <scope>', 'world or a continent', 'world')
  .action((metric: string, date: string, o: { scope: string }) => countCommand(metric, date, o.scope));
program.command('extract-cow').description("print the DPRK's rows of the upstream Correlates of War Diplomatic Exchange file (data/external/README.md)")
  .argument('<file>', 'Diplomatic_Exchange_2006v1.csv')
  .action((file: string) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { extractDprk } = require('../load/cow-extract') as typeof import('../load/cow-extract');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    process.stdout.write(extractDprk((require('node:fs') as typeof import('node:fs')).readFileSync(file, 'utf8')));
  });
program.command('diff').description('what the working tree changes in the findings against a commit (Markdown; --json for data)')
  .argument('[rev]', 'the commit to compare with', 'HEAD')
  .option('--json', 'print the differences as JSON')
  .option('--root <dir>', 'the project (a git work tree) to compare; default this one')
  .action((rev: string, o: { json?: boolean; root?: string }) => diffCommand(rev, o));
program.command('bench').description('run the benchmark and print its table (see bench/RESULTS.md)')
  .option('--quick', 'fewer repetitions and smaller synthetic tables')
  .option('--write', 'record the table in bench/RESULTS.md')
  .action((o: { quick?: boolean; write?: boolean }) => benchCommand(o));

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
