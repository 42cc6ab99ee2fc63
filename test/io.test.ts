// Writes on a full disk: the temporary file is removed and the message names the file and says
// the disk is full (ENOSPC is simulated: node:fs writes part of the data, then fails).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeAll, writeAtomic, WriteError } from '../src/io';
import { text } from '../src/messages';

let full = false; // read by the mock below, which vitest hoists above the imports
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    writeFileSync: (file: Parameters<typeof real.writeFileSync>[0], data: string | Uint8Array, ...rest: unknown[]) => {
      if (full && typeof file === 'number') {
        real.writeSync(file, Buffer.from(data).subarray(0, 10)); // a partial write, then no space
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
      }
      return (real.writeFileSync as (...a: unknown[]) => void)(file, data, ...rest);
    },
  };
});


afterEach(() => {
  full = false;
});

function folder(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'io-test-'));
  fs.writeFileSync(path.join(d, 'a.csv'), 'old a\n');
  fs.writeFileSync(path.join(d, 'b.csv'), 'old b\n');
  return d;
}

describe('a write on a full disk', () => {
  it('leaves no temporary, keeps the old file, and names the file', () => {
    const d = folder();
    full = true;
    const target = path.join(d, 'a.csv');
    expect(() => writeAtomic(target, 'new content that does not fit\n')).toThrow(WriteError);
    expect(() => writeAtomic(target, 'new content that does not fit\n')).toThrow(text.diskFull(target));
    expect(text.diskFull(target)).toBe(`could not write ${target}: the disk is full. Nothing was committed; free some space and run the build again.`);
    expect(fs.readdirSync(d).sort()).toEqual(['a.csv', 'b.csv']);
    expect(fs.readFileSync(target, 'utf8')).toBe('old a\n');
  });

  it('in a set of files, removes every temporary and changes no file', () => {
    const d = folder();
    full = true;
    const files = new Map([
      [path.join(d, 'a.csv'), 'new a\n'],
      [path.join(d, 'b.csv'), 'new b\n'],
    ]);
    let err: unknown;
    try {
      writeAll(files);
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).toBe(text.diskFull(path.join(d, 'a.csv')));
    expect(fs.readdirSync(d).sort()).toEqual(['a.csv', 'b.csv']);
    expect(fs.readFileSync(path.join(d, 'b.csv'), 'utf8')).toBe('old b\n');
  });
});
