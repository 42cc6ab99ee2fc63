#!/usr/bin/env node
// The command line: each command is a thin wrapper over src/. Exit codes: 0 ok, 1 failure
// (bad data, failing notebook, outputs out of date), 2 usage error.
import { Command } from 'commander';
import { benchCommand } from './bench';
import { buildCommand, checkCommand, countCommand, validateCommand } from './commands';
import { devCommand } from './dev';

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
program.command('dev').description('live preview: serve reports/ on 127.0.0.1, rebuild on changes to data/raw/, notebooks/ or src/, reload open pages')
  .option('--port <port>', 'port to listen on (0: any free port)', '4321')
  .option('--cold-kernels', 'run each notebook in a new kernel instead of keeping kernels warm')
  .action((o: { port: string; coldKernels?: boolean }) => devCommand(o));
program.command('bench').description('run the benchmark and print its table (see bench/RESULTS.md)')
  .option('--quick', 'fewer repetitions and smaller synthetic tables')
  .option('--write', 'record the table in bench/RESULTS.md')
  .action((o: { quick?: boolean; write?: boolean }) => benchCommand(o));

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
