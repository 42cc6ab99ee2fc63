// `npm run dev`: starts the preview server, the warm kernels and the rebuild loop, runs the
// build once, then rebuilds on every change to data/raw/, notebooks/ or src/ until stopped.
// Everything it writes, it writes through the build (data/processed/, reports/, .cache/).
import { notebookFiles, type Paths } from '../pipeline/paths';
import { text } from '../messages';
import { DevLoop } from './loop';
import { startServer } from './server';
import { WarmKernels } from './warm-kernels';
import { warmStages } from './warm-stages';
import { watchInputs } from './watch';

export interface DevOptions {
  readonly port: number;
  /** Run each notebook in a new kernel, as `npm run build` does (to measure what warm kernels save). */
  readonly coldKernels: boolean;
  readonly log: (line: string) => void;
}

export interface Dev {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startDev(paths: Paths, o: DevOptions): Promise<Dev> {
  const server = await startServer(paths.reports, o.port, { state: 'building', title: text.devBuilding, lines: [] });
  const kernels = o.coldKernels ? undefined : new WarmKernels(paths, o.log);
  o.log(text.devServing(server.url, Boolean(kernels)));
  const loop = new DevLoop({ paths, kernels, status: (s) => server.status(s), reload: (f) => server.reload(f), log: o.log });
  const watcher = watchInputs(paths, (kinds, files) => void loop.trigger(kinds, files));
  await loop.trigger(['raw']);
  await warmStages(paths);
  if (kernels) {
    const notebooks = notebookFiles(paths);
    kernels.start(notebooks).then(
      () => o.log(text.devKernelsWarm(notebooks.length)),
      (e: unknown) => o.log(e instanceof Error ? e.message : String(e)),
    );
  }
  return {
    url: server.url,
    async stop() {
      watcher.close();
      await Promise.all([server.close(), kernels?.close()]);
    },
  };
}
