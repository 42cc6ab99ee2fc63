// The CI workflow validates against GitHub's workflow schema with @action-validator/cli (a
// devDependency: pure JavaScript and WebAssembly, installed from the npm registry with no install
// script), and publishes `npm run diff` to the job summary and with the reports.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..', '..');
const WORKFLOW = path.join(ROOT, '.github', 'workflows', 'reports.yml');
const validate = (file: string) => spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@action-validator', 'cli', 'cli.mjs'), file], { encoding: 'utf8' });

describe('.github/workflows/reports.yml', () => {
  const text = fs.readFileSync(WORKFLOW, 'utf8');

  it('is a valid workflow for action-validator', () => {
    const r = validate(WORKFLOW);
    expect(r.stdout + r.stderr).not.toContain('"errors"');
    expect(r.status).toBe(0);
  });

  it('the validator rejects a broken copy (it can fail)', () => {
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-wf-')), 'reports.yml');
    fs.writeFileSync(tmp, text.replace('runs-on: ubuntu-24.04', 'runs_on: ubuntu-24.04'));
    try {
      const r = validate(tmp);
      expect(r.status).toBe(1);
      expect(r.stdout + r.stderr).toContain("Additional property 'runs_on' is not allowed");
    } finally {
      fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
    }
  });

  it('writes the findings diff to the job summary and uploads it with the reports', () => {
    expect(text).toMatch(/npm run diff --silent -- "\$base" > findings-diff\.md/);
    expect(text).toContain('cat findings-diff.md >> "$GITHUB_STEP_SUMMARY"');
    expect(text).toMatch(/path: \|\n\s+reports\/\n\s+data\/processed\/\n\s+findings-diff\.md/);
    expect(text).toContain('fetch-depth: 0');
  });
});
