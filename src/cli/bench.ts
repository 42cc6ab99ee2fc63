// `dprk bench`: runs the benchmark (src/bench/) and prints its table; with --write also records
// it in bench/RESULTS.md. Writes nothing else in the project.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../pipeline/paths';

export async function benchCommand(o: { quick?: boolean; write?: boolean }): Promise<void> {
  const quick = Boolean(o.quick);
  // Loaded on demand: the benchmark pulls in playwright-core, which would slow every other command.
  const { runBench } = await import('../bench/run.js');
  const result = await runBench({ projectRoot: ROOT, quick, log: (s) => console.error(s) });
  const runDate = process.env.BENCH_DATE ?? new Date().toISOString().slice(0, 16).replace('T', ' ');
  const text = `${result.table}\n\nMachine: ${result.machine}.\nRun: ${runDate} UTC${quick ? ', --quick' : ''}, ${result.totalSeconds.toFixed(0)} s in all; 1-minute load average ${result.load[0].toFixed(1)} at the start, ${result.load[1].toFixed(1)} at the end.\n`;
  console.log(text);
  if (o.write) {
    const file = path.join(ROOT, 'bench', 'RESULTS.md');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `# Benchmark results\n\nRecorded by \`npm run bench -- --write\`; see bench/README.md for how to read the table.\n\n${text}`);
    console.error(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
