// Build benchmark through the README's commands, in a throwaway workspace: a cold `npm run build`
// (outputs and cache removed) against ONE `jupyter nbconvert --execute` of the same notebooks,
// in pairs whose order alternates; `npm run build` with nothing changed; `npm run check`.
// Writes only inside the workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { kernelEnv, PYTHON } from '../pipeline/notebook-runner';
import { notebookFiles, projectPaths } from '../pipeline/paths';
import { clearOutputs } from '../pipeline/workspace';
import { npm, run, stagesOf } from './commands';
import { median } from './stats';

export interface BuildFigures {
  readonly cold: number[];
  readonly nbconvert: number[];
  readonly coldRatio: number; // median of cold/nbconvert over pairs run back to back
  readonly noop: number[];
  readonly noopRebuilt: string[]; // stages a no-op build re-ran (should be none)
  readonly check: number[];
  readonly checkExit: number; // exit code of the last `npm run check` (1: the committed outputs or raw README are stale)
}

/** One `jupyter nbconvert --execute` of every notebook, against the workspace's processed data. */
function nbconvertAll(root: string): Promise<{ seconds: number }> {
  const p = projectPaths(root);
  const out = path.join(root, 'nbconvert-out');
  fs.rmSync(out, { recursive: true, force: true });
  const args = ['-m', 'jupyter', 'nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=tslab', '--ExecutePreprocessor.timeout=600', '--output-dir', out, ...notebookFiles(p)];
  return run(PYTHON, args, { cwd: p.notebooks, env: kernelEnv(p) });
}

export async function benchBuilds(root: string, reps: { pairs: number; noop: number; check: number }, log: (s: string) => void): Promise<BuildFigures> {
  await npm(root, 'build'); // processed data for the first nbconvert, compiled dist/
  const cold: number[] = [];
  const nbconvert: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < reps.pairs; r++) {
    const coldBuild = async () => {
      clearOutputs(root);
      return (await npm(root, 'build')).seconds;
    };
    const nb = async () => (await nbconvertAll(root)).seconds;
    let c: number;
    let n: number;
    if (r % 2 === 0) {
      c = await coldBuild();
      n = await nb();
    } else {
      n = await nb();
      c = await coldBuild();
    }
    cold.push(c);
    nbconvert.push(n);
    ratios.push(c / n);
    log(`  pair ${r + 1}/${reps.pairs} (${r % 2 === 0 ? 'build first' : 'nbconvert first'}): npm run build cold ${c.toFixed(2)} s, nbconvert ${n.toFixed(2)} s`);
  }
  const noop: number[] = [];
  const noopRebuilt = new Set<string>();
  for (let r = 0; r < reps.noop; r++) {
    const ran = await npm(root, 'build');
    stagesOf(ran.stdout).rebuilt.forEach((s) => noopRebuilt.add(s));
    noop.push(ran.seconds);
  }
  log(`  npm run build, nothing changed: median ${median(noop).toFixed(3)} s`);
  const check: number[] = [];
  let checkExit = 0;
  for (let r = 0; r < reps.check; r++) {
    const ran = await npm(root, 'check', true); // timed whether or not the committed files are current
    check.push(ran.seconds);
    checkExit = ran.code;
  }
  log(`  npm run check: median ${median(check).toFixed(2)} s`);
  return { cold, nbconvert, coldRatio: median(ratios), noop, noopRebuilt: [...noopRebuilt], check, checkExit };
}
