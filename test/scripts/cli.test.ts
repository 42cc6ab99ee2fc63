// scripts/cli.cjs, the npm scripts' entry, in a copy of the project: a copied (moved) checkout
// with the same files does not compile again, and an edit to src/ that keeps the file's size and
// modification time is still compiled (the remembered hashes hold only for an unchanged stat).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchWorkspace } from '../../src/bench/commands';
import { RACY_MS } from '../../scripts/file-hashes.cjs';
import { MAIN } from '../helpers/project';

const root = benchWorkspace(MAIN);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const stamp = path.join(root, 'dist', '.compiled.json');
const config = path.join(root, 'src', 'config.ts');
const HOUR_AGO = Math.floor(Date.now() / 1000) - 3600; // whole seconds: utimes keeps them exactly
fs.utimesSync(config, HOUR_AGO, HOUR_AGO);
const compileOnly = () => spawnSync(process.execPath, [path.join(root, 'scripts', 'cli.cjs'), '--compile-only'], { cwd: root, encoding: 'utf8' });

describe('scripts/cli.cjs', () => {
  it('does not compile a copied checkout whose files are the same, and sees a same-size edit with its mtime put back', async () => {
    const before = fs.readFileSync(stamp, 'utf8');
    const first = compileOnly();
    expect(first.status).toBe(0);
    expect(fs.readFileSync(stamp, 'utf8')).toBe(before); // no compile: the stamp was not rewritten
    // Let the copy's files settle so that their hashes are remembered, then remember them.
    await new Promise((r) => setTimeout(r, RACY_MS + 200));
    expect(compileOnly().status).toBe(0);
    const remembered = JSON.parse(fs.readFileSync(path.join(root, 'dist', '.file-hashes.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(remembered.files)).toContain(config);

    const old = fs.statSync(config);
    const text = fs.readFileSync(config, 'utf8');
    const edited = text.replace("RECONCILE_REPORT = '02-reconcile-figures.html'", "RECONCILE_REPORT = '02-reconcile-figureZ.html'");
    expect(edited).not.toBe(text);
    fs.writeFileSync(config, edited);
    fs.utimesSync(config, HOUR_AGO, HOUR_AGO);
    expect(fs.statSync(config).size).toBe(old.size);
    expect(fs.statSync(config).mtimeMs).toBe(old.mtimeMs);

    const second = compileOnly();
    expect(second.status, second.stderr).toBe(0);
    expect(fs.readFileSync(path.join(root, 'dist', 'config.js'), 'utf8')).toContain('02-reconcile-figureZ.html');
  }, 120_000);
});
