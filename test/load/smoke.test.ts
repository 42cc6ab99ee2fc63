import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRecord } from '../../src/load/record';

const dir = path.join(__dirname, '..', 'fixtures', 'mini');

describe('the mini fixture record', () => {
  it('loads without issues', () => {
    const l = loadRecord((f) => fs.readFileSync(path.join(dir, f)), 'mini', { today: '2026-11-24' });
    expect(l.issues).toEqual([]);
    expect(l.record.missions.map((m) => m.mission_id)).toContain('hkg-hong-kong');
  });
});
