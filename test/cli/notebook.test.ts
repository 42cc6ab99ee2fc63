// `npm run notebook` refuses with what to do when the project was never built (no dist/).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIN } from '../helpers/project';

describe('npm run notebook before any build', () => {
  it('refuses and says to run npm run build', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-unbuilt-'));
    try {
      fs.mkdirSync(path.join(root, 'scripts'));
      fs.copyFileSync(path.join(MAIN, 'scripts', 'notebook.cjs'), path.join(root, 'scripts', 'notebook.cjs'));
      const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'notebook.cjs')], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/has not been built yet.*run `npm run build` first/s);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
