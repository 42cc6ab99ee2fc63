// Values kept by content (src/kept.ts), as the warm kernels of `npm run dev` use them: made again
// when the content changes, never handed out changed by an earlier caller.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keptByContent } from '../src/kept';
import { readRows } from '../src/notebook/data';

const saved = process.env.DPRK_PROCESSED_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.DPRK_PROCESSED_DIR;
  else process.env.DPRK_PROCESSED_DIR = saved;
});

describe('keptByContent', () => {
  it('makes a value once per content, and again when the content changes', () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const a = keptByContent('test:a', ['x', Buffer.from('1')], make);
    expect(keptByContent('test:a', ['x', Buffer.from('1')], make)).toBe(a);
    expect(made).toBe(1);
    expect(keptByContent('test:a', ['x', Buffer.from('2')], make)).toEqual({ n: 2 });
    // Text and bytes, and where one part ends, are part of the key.
    expect(keptByContent('test:a', ['x1'], make)).toEqual({ n: 3 });
    expect(keptByContent('test:a', [Buffer.from('x'), '1'], make)).toEqual({ n: 4 });
    expect(keptByContent('test:b', [Buffer.from('x'), '1'], make)).toEqual({ n: 5 });
  });

  it('lets readRows give new rows on every call, and see an edit of the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kept-'));
    process.env.DPRK_PROCESSED_DIR = dir;
    fs.writeFileSync(path.join(dir, 't.csv'), 'id,v\na,1\nb,2\n');
    const first = readRows('t.csv');
    first[0]!.v = 'changed by a caller';
    first.pop();
    expect(readRows('t.csv')).toEqual([{ id: 'a', v: '1' }, { id: 'b', v: '2' }]);
    fs.writeFileSync(path.join(dir, 't.csv'), 'id,v\na,3\nb,2\n'); // same size
    expect(readRows('t.csv')).toEqual([{ id: 'a', v: '3' }, { id: 'b', v: '2' }]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
