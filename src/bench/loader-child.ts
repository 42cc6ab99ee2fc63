// Child process of the loader benchmark: streams one CSV file (argv: file, mode, today),
// sampling its own resident memory every 50 ms, and prints one JSON line with counts, seconds
// and peak memory to stdout. Reads only that file; writes nothing else.
import { TABLES } from '../schema/tables';
import { streamLoad, type LoadMode } from './stream-validate';

async function main(): Promise<void> {
  const [file, mode, today] = process.argv.slice(2) as [string, LoadMode, string];
  const table = TABLES.find((t) => t.name === 'mission_events')!;
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const counts = await streamLoad(file, table, mode, today);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const maxRss = process.resourceUsage().maxRSS * 1024; // reported in KB
  process.stdout.write(`${JSON.stringify({ ...counts, seconds, peakRss: Math.max(peak, maxRss), sampledRss: peak, maxRss })}\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
