// `dprk dev` (npm run dev): live preview of the reports; see src/dev/start.ts. Stops on Ctrl-C
// or SIGTERM, shutting the kernels down.
import { projectPaths } from '../pipeline/paths';

export async function devCommand(o: { port: string; coldKernels?: boolean }): Promise<void> {
  const { startDev } = await import('../dev/start.js');
  const dev = await startDev(projectPaths(), { port: Number(o.port), coldKernels: Boolean(o.coldKernels), log: (l) => console.log(l) });
  const stop = () => void dev.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
