// Describes the machine a benchmark ran on: CPU model (from /proc/cpuinfo), cores, memory and
// the Node version. Reads /proc/cpuinfo; writes nothing.
import * as fs from 'node:fs';
import * as os from 'node:os';

export function machine(): string {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (m?.[1]) cpu = m[1].trim();
  } catch {
    // not Linux: keep os.cpus()
  }
  return `${cpu}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
