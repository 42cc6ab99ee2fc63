// Runs the README's commands in a benchmark workspace, as a user types them (`npm run build`,
// `npm run check`, one `jupyter nbconvert --execute`), and times them. Also makes that
// workspace: the build workspace plus src/ and the tsconfig files, which `npm run build` compiles,
// and a .jupyter/ of its own.
// Writes only inside the workspace.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeWorkspace } from '../pipeline/workspace';

export function benchWorkspace(projectRoot: string): string {
  const root = makeWorkspace(projectRoot, 'dprk-bench-');
  fs.cpSync(path.join(projectRoot, 'src'), path.join(root, 'src'), { recursive: true });
  for (const f of fs.readdirSync(projectRoot).filter((n) => /^tsconfig.*\.json$/.test(n))) fs.copyFileSync(path.join(projectRoot, f), path.join(root, f));
  // `npm run build` registers the kernel again for a moved checkout, and the copy is one: it gets
  // its own .jupyter/, so that this never rewrites the project's kernelspec through the link.
  const jupyter = path.join(root, '.jupyter');
  if (fs.existsSync(jupyter)) {
    fs.rmSync(jupyter);
    fs.cpSync(path.join(projectRoot, '.jupyter'), jupyter, { recursive: true, dereference: true });
  }
  return root;
}

export interface Ran {
  readonly seconds: number;
  readonly code: number;
  readonly stdout: string;
}

/** Runs a command to its end; rejects on a non-zero exit unless `allowFail`. */
export function run(cmd: string, args: readonly string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; allowFail?: boolean }): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0 && !opts.allowFail) reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${stdout.slice(-2000)}\n${stderr}`));
      else resolve({ seconds, code: code ?? -1, stdout });
    });
  });
}

/** `npm run <script>` in the workspace, as the README says to type it. */
export const npm = (root: string, script: string, allowFail = false) => run('npm', ['run', script], { cwd: root, allowFail });

/** The stages a build's output says it re-ran and found fresh (one line per stage). */
export function stagesOf(stdout: string): { rebuilt: string[]; fresh: string[] } {
  const rebuilt: string[] = [];
  const fresh: string[] = [];
  for (const m of stdout.matchAll(/^ {2}(\S+)\s+(fresh|rebuilt in)/gm)) (m[2] === 'fresh' ? fresh : rebuilt).push(m[1]!);
  return { rebuilt, fresh };
}
