// The project's own tslab kernelspec, in .jupyter/share/jupyter/kernels/ (JUPYTER_PATH points
// there). It names the tslab binary by absolute path, so a moved or copied checkout points at
// the old place: this module notices that and registers the kernel again. Writes only .jupyter/.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { text } from '../messages';

export const jupyterPath = (root: string) => path.join(root, '.jupyter', 'share', 'jupyter');
const tslabBinary = (root: string) => path.join(root, 'node_modules', '.bin', 'tslab');

/** Why the kernelspec must be registered again, or undefined when it points at this checkout. */
export function kernelspecProblem(root: string): string | undefined {
  const file = path.join(jupyterPath(root), 'kernels', 'tslab', 'kernel.json');
  if (!fs.existsSync(file)) return text.kernel.missing;
  try {
    const argv = (JSON.parse(fs.readFileSync(file, 'utf8')) as { argv?: unknown }).argv;
    const binary = Array.isArray(argv) ? String(argv[0]) : '';
    return binary === tslabBinary(root) ? undefined : text.kernel.moved(binary);
  } catch {
    return text.kernel.unreadable(file);
  }
}

/** Registers the tslab (and jslab) kernel for this checkout with `tslab install --prefix .jupyter`. */
export function registerKernel(root: string, python: string): void {
  const r = spawnSync(tslabBinary(root), ['install', `--python=${python}`, '--prefix', path.join(root, '.jupyter'), '--binary', tslabBinary(root)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(text.kernel.failed(r.stderr || r.error?.message || `exit ${r.status}`));
}

/** Re-registers the kernel when it is missing or points elsewhere; returns what was wrong, if anything. */
export function ensureKernel(root: string, python: string): string | undefined {
  const problem = kernelspecProblem(root);
  if (problem && fs.existsSync(tslabBinary(root))) registerKernel(root, python);
  return problem;
}
