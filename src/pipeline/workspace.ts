// Makes a throwaway copy of the project to build in (the benchmark and the build tests use it):
// data/raw, data/external, notebooks, scripts, dist and the package files are copied, node_modules and .jupyter
// symlinked, so builds there never touch the project's data/processed, reports or .cache.
// Writes only under the folder it creates.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function makeWorkspace(projectRoot: string, prefix = 'dprk-workspace-'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const dir of [path.join('data', 'raw'), path.join('data', 'external'), 'notebooks', 'scripts', 'dist']) {
    fs.cpSync(path.join(projectRoot, dir), path.join(root, dir), { recursive: true });
  }
  for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(projectRoot, file), path.join(root, file));
  for (const link of ['node_modules', '.jupyter']) {
    if (fs.existsSync(path.join(projectRoot, link))) fs.symlinkSync(path.join(projectRoot, link), path.join(root, link));
  }
  return root;
}

/** Removes the build outputs of a workspace (an empty cache for a cold build). */
export function clearOutputs(root: string): void {
  for (const dir of [path.join('data', 'processed'), 'reports', '.cache']) fs.rmSync(path.join(root, dir), { recursive: true, force: true });
}
