// The build lock is never taken from a live build: not while its stage blocks the event loop for
// longer than the old 10 s stale time, not while it is paused with SIGSTOP. A dead holder's lock
// (SIGKILL, or a pid now used by another process) is taken at once, and a removed or replaced lock
// is noticed by its owner with one line.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildError } from '../../src/pipeline/errors';
import { LockLost, takeLock } from '../../src/pipeline/lock';
import { text } from '../../src/messages';

const LOCK_JS = path.resolve(__dirname, '..', '..', 'dist', 'pipeline', 'lock.js');
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function lockFile(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-test-'));
  dirs.push(d);
  return path.join(d, '.cache', 'build.lock');
}

/** A process that takes the lock, prints TAKEN, then blocks its event loop for `blockMs` and exits 0 if it still holds the lock. */
function holder(file: string, blockMs: number): { child: ChildProcess; taken: Promise<void>; exit: Promise<number | null> } {
  const script = `const { takeLock } = require(${JSON.stringify(LOCK_JS)});
takeLock(${JSON.stringify(file)}, 0, () => {}).then((lock) => {
  console.log('TAKEN');
  const end = Date.now() + ${blockMs};
  while (Date.now() < end) {} // a synchronous stage: no timer can run
  lock.assertHeld();
  lock.release();
});`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const taken = new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('TAKEN') && resolve()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, taken, exit };
}

const busy = (file: string, pid: number) => new BuildError(text.lockBusy(file, pid));

describe('the build lock', () => {
  it('is not taken from a build whose stage blocks the event loop for 12 s', async () => {
    const file = lockFile();
    const h = holder(file, 12_000);
    await h.taken;
    let waited = 0;
    const err = await takeLock(file, 11_000, () => waited++).then(() => undefined, (e: unknown) => e);
    expect(err).toEqual(busy(file, h.child.pid!));
    expect(waited).toBe(1);
    expect(await h.exit).toBe(0); // the holder still had its lock at the end
    const lock = await takeLock(file, 0, () => undefined); // released: free at once
    lock.release();
  }, 30_000);

  it('is not taken from a build paused with SIGSTOP for 12 s, which then finishes', async () => {
    const file = lockFile();
    const h = holder(file, 500);
    await h.taken;
    h.child.kill('SIGSTOP');
    const err = await takeLock(file, 12_000, () => undefined).then(() => undefined, (e: unknown) => e);
    expect(err).toEqual(busy(file, h.child.pid!));
    h.child.kill('SIGCONT');
    expect(await h.exit).toBe(0);
  }, 30_000);

  it('is taken at once from a build killed with SIGKILL', async () => {
    const file = lockFile();
    const h = holder(file, 60_000);
    await h.taken;
    h.child.kill('SIGKILL');
    await h.exit;
    const t0 = Date.now();
    const lock = await takeLock(file, 5_000, () => undefined);
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(file)).toBe(false);
  }, 30_000);

  it('is taken from a holder whose pid now belongs to another process', async () => {
    const file = lockFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Our own pid, but another start time: the build that wrote this lock is gone.
    fs.writeFileSync(file, JSON.stringify({ pid: process.pid, start: '1', host: os.hostname() }));
    const lock = await takeLock(file, 0, () => undefined);
    expect(lock.held()).toBe(true);
    lock.release();
  });

  it('ends its owner with one line when it is removed or replaced', async () => {
    const file = lockFile();
    const lock = await takeLock(file, 0, () => undefined);
    lock.assertHeld();
    fs.rmSync(path.dirname(file), { recursive: true }); // rm -rf .cache
    expect(() => lock.assertHeld()).toThrow(new LockLost(text.lockLost(file)));
    expect(text.lockLost(file)).not.toContain('\n');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ pid: 1, start: '', host: os.hostname() }));
    expect(lock.held()).toBe(false);
    lock.release(); // not ours: left alone
    expect(fs.existsSync(file)).toBe(true);
  });

  it('names a holder on another host, which it cannot check', async () => {
    const file = lockFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ pid: 1, start: '', host: 'elsewhere' }));
    await expect(takeLock(file, 0, () => undefined)).rejects.toEqual(new BuildError(text.lockForeign(file, 'elsewhere')));
  });
});
