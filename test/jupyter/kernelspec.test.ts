// A checkout moved elsewhere keeps a kernelspec that starts the old tslab binary: it is noticed
// and registered again for the new place.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureKernel, jupyterPath, kernelspecProblem } from '../../src/jupyter/kernelspec';
import { MAIN } from '../helpers/project';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-moved-'));
fs.symlinkSync(path.join(MAIN, 'node_modules'), path.join(root, 'node_modules'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const spec = path.join(jupyterPath(root), 'kernels', 'tslab', 'kernel.json');
const PYTHON = process.env.DPRK_PYTHON ?? '/usr/bin/python3';

describe('the in-project kernelspec', () => {
  it('is fine in the project itself', () => {
    expect(kernelspecProblem(MAIN)).toBeUndefined();
  });

  it('is registered when missing', () => {
    expect(kernelspecProblem(root)).toMatch(/not registered/);
    expect(ensureKernel(root, PYTHON)).toMatch(/not registered/);
    expect(kernelspecProblem(root)).toBeUndefined();
  });

  it('is registered again when it points at a moved checkout', () => {
    const moved = JSON.parse(fs.readFileSync(spec, 'utf8')) as { argv: string[] };
    moved.argv[0] = '/old/place/node_modules/.bin/tslab';
    fs.writeFileSync(spec, JSON.stringify(moved));
    expect(kernelspecProblem(root)).toMatch(/starts \/old\/place\/node_modules\/\.bin\/tslab, not this checkout's/);
    ensureKernel(root, PYTHON);
    const argv = (JSON.parse(fs.readFileSync(spec, 'utf8')) as { argv: string[] }).argv;
    expect(argv[0]).toBe(path.join(root, 'node_modules', '.bin', 'tslab'));
    expect(ensureKernel(root, PYTHON)).toBeUndefined();
  });
});
