// The build lock: a file holding the pid, the process start time and the host of the build that
// owns it. It has no expiry. Another build takes it over only when that process is gone on this
// host (or its pid now belongs to a younger process), so a build whose stage blocks the event loop,
// or that is paused (SIGSTOP), keeps its lock however long it takes. The owner checks, between
// stages and before it commits, that the lock is still its own; a removed or replaced lock stops it
// with one line (LockLost).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { text } from '../messages';
import { BuildError } from './errors';

interface Holder {
  readonly pid: number;
  readonly start: string; // process start time in clock ticks since boot (/proc/PID/stat), '' if unknown
  readonly host: string;
}

export class LockLost extends BuildError {}

export interface Lock {
  readonly file: string;
  /** Throws LockLost when the lock file is gone or belongs to another process. */
  assertHeld(): void;
  /** Whether the lock file is still this process's. */
  held(): boolean;
  /** Removes the lock if it is still this process's. */
  release(): void;
}

/** Field 22 (starttime) and field 3 (state) of /proc/PID/stat, or undefined off Linux. */
function procStat(pid: number): { start: string; state: string } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: rest[0] ?? '', start: rest[19] ?? '' };
  } catch {
    return undefined;
  }
}

const me = (): Holder => ({ pid: process.pid, start: procStat(process.pid)?.start ?? '', host: os.hostname() });

function alive(h: Holder): boolean {
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const stat = procStat(h.pid);
  if (!stat) return true; // no /proc: the signal test is all there is
  if (stat.state === 'Z' || stat.state === 'X') return false; // killed, not yet reaped
  return h.start === '' || stat.start === h.start; // a reused pid is another process
}

function readHolder(file: string): Holder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
  } catch {
    return undefined;
  }
}

const same = (a: Holder | undefined, b: Holder) => a !== undefined && a.pid === b.pid && a.start === b.start && a.host === b.host;

/** One attempt: true if taken, else the live holder. */
function tryTake(file: string, self: Holder): true | Holder {
  const tmp = `${file}.tmp-${process.pid}-lock`;
  fs.writeFileSync(tmp, `${JSON.stringify(self)}\n`);
  try {
    // link() fails if the lock exists, and the lock is complete the moment it appears.
    fs.linkSync(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  const holder = readHolder(file);
  if (holder && (holder.host !== self.host || alive(holder))) return holder;
  if (!holder) {
    // Unreadable: being written by a non-atomic writer, or damaged. Damaged locks age out.
    const age = Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    if (age < 10_000) return { pid: 0, start: '', host: self.host };
  }
  // The holder is gone: move its lock aside (only one contender's rename succeeds), then retry.
  const aside = `${file}.stale-${process.pid}`;
  try {
    fs.renameSync(file, aside);
    const moved = readHolder(aside);
    if (holder && !same(moved, holder)) {
      fs.linkSync(aside, file); // another contender's fresh lock: put it back
    }
  } catch {
    /* another contender got there first */
  } finally {
    fs.rmSync(aside, { force: true });
  }
  return tryTake(file, self);
}

/**
 * Takes the lock `file`, waiting up to `waitMs` for a live holder; `onWait` is called once if it
 * has to wait. Throws BuildError (naming the holder) when the wait runs out.
 */
export async function takeLock(file: string, waitMs: number, onWait: () => void): Promise<Lock> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const self = me();
  const deadline = Date.now() + waitMs;
  let waited = false;
  for (;;) {
    const got = tryTake(file, self);
    if (got === true) break;
    if (Date.now() >= deadline) {
      throw new BuildError(got.host !== self.host ? text.lockForeign(file, got.host) : text.lockBusy(file, got.pid));
    }
    if (!waited) onWait();
    waited = true;
    await new Promise((r) => setTimeout(r, Math.min(250, Math.max(0, deadline - Date.now()))));
  }
  const lock: Lock = {
    file,
    held: () => same(readHolder(file), self),
    assertHeld: () => {
      if (!lock.held()) throw new LockLost(text.lockLost(file));
    },
    release: () => {
      if (lock.held()) fs.rmSync(file, { force: true });
    },
  };
  return lock;
}
