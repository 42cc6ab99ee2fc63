// `dprk count` and `dprk validate` as a user runs them (the compiled CLI on the real record):
// warnings outside the span, "not modelled", member types, --json, and help listing the vocabulary.
import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS, SCOPES } from '../../src/schema/vocab';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli', 'index.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

describe('dprk count', () => {
  it('warns before 1948 and after the analysis date', () => {
    const early = run('count', 'missions_all', '1900');
    expect(early.status).toBe(0);
    expect(early.stderr).toMatch(/warning: 1900 is before the record's span/);
    const late = run('count', 'missions_all', '2030');
    expect(late.stderr).toMatch(/warning: 2030 is after the record's analysis date \(\d{4}-\d\d-\d\d\)/);
  });

  it('says "not modelled" for other', () => {
    const r = run('count', 'other', '2018');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/other \(world\) on 2018: not modelled/);
    expect(r.stdout).not.toMatch(/: 0\b/);
  });

  it('lists each member with its type', () => {
    const r = run('count', 'missions_all', '2023-11-12');
    const vienna = r.stdout.split('\n').filter((l) => l.includes('Vienna (Austria)'));
    expect(vienna.some((l) => /\bembassy\s+aut-vienna\s/.test(l))).toBe(true);
  });

  it('counts closures over the period a date stands for, each marked certain or possible', () => {
    const r = run('count', 'mission_closures', '2023');
    expect(r.stdout).toMatch(/^mission_closures \(world\) on 2023: \d+(–\d+)?/);
    expect(r.stdout).toMatch(/^  certain  embassy\s+\S+/m);
    expect(r.stdout).not.toMatch(/^  open /m);
  });

  it('--json gives the range, typed members and warnings', () => {
    const a = JSON.parse(run('count', 'embassies', '2030', '--scope', 'africa', '--json').stdout) as { low: number; high: number; scope: string; members: { type: string }[]; warnings: string[] };
    expect(a.scope).toBe('africa');
    expect(a.low).toBeGreaterThan(0);
    expect(a.members.length).toBeGreaterThanOrEqual(a.low);
    expect(new Set(a.members.map((m) => m.type))).toEqual(new Set(['embassy']));
    expect(a.warnings).toHaveLength(1);
  });

  it('rejects a bad metric with exit code 2 and the allowed list', () => {
    const r = run('count', 'embasies', '2018');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(METRICS.join(', '));
  });

  it('help lists every metric and scope of the vocabulary', () => {
    const help = execFileSync(process.execPath, [CLI, 'count', '--help'], { encoding: 'utf8' });
    for (const m of METRICS) expect(help).toMatch(new RegExp(`^  ${m}\\s`, 'm'));
    expect(help).toContain(SCOPES.join(', '));
  });
});

describe('dprk validate --json', () => {
  it('prints ok, the row counts and the issues as JSON', () => {
    const r = run('validate', '--json');
    expect(r.status).toBe(0);
    const v = JSON.parse(r.stdout) as { ok: boolean; errors: number; rows: Record<string, number>; issues: unknown[] };
    expect(v.ok).toBe(true);
    expect(v.errors).toBe(0);
    expect(v.rows.missions).toBeGreaterThan(50);
  });

  it('exits 1 with the issues of a broken record', () => {
    const r = run('validate', '--json', '--raw', path.join(__dirname, '..', 'fixtures', 'broken', 'unknown-metric'));
    expect(r.status).toBe(1);
    const v = JSON.parse(r.stdout) as { ok: boolean; issues: { file: string; line: number }[] };
    expect(v.ok).toBe(false);
    expect(v.issues.length).toBeGreaterThan(0);
  });
});
