// The reload script is added only to what the dev server sends, with the report's CSP widened
// for exactly that script (its hash) and the event stream ('self' in connect-src).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { injectScript, inlineScript, widenPolicy } from '../../src/dev/inject';
import { page } from '../../src/report/page';

const footer = { generator: 'test', tools: {}, inputs: {} };
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!.replace(/&#39;/g, "'");

describe('widenPolicy', () => {
  it("replaces 'none' and keeps the other sources and directives", () => {
    expect(widenPolicy("default-src 'none'; script-src 'none'; connect-src 'none'; img-src data:", "'sha256-x'")).toBe(
      "default-src 'none'; script-src 'sha256-x'; connect-src 'self'; img-src data:",
    );
    expect(widenPolicy("script-src 'sha256-a' 'sha256-b'; connect-src 'none'", "'sha256-x'")).toBe("script-src 'sha256-a' 'sha256-b' 'sha256-x'; connect-src 'self'");
  });
  it('adds the directives when the policy lacks them', () => {
    expect(widenPolicy("default-src 'none'", "'sha256-x'")).toBe("default-src 'none'; script-src 'sha256-x'; connect-src 'self'");
  });
});

describe('injectScript', () => {
  const script = inlineScript('console.log("dev")');

  it('hashes the exact script text, as CSP does', () => {
    expect(script.hash).toBe(`'sha256-${createHash('sha256').update('console.log("dev")').digest('base64')}'`);
  });

  it('puts the script before </body> and its hash in a report without charts', () => {
    const html = injectScript(page('T', '<p>x</p>', [], 'index.html', footer, false), script);
    expect(html).toMatch(/<script>console\.log\("dev"\)<\/script>\n<\/body>/);
    expect(policyOf(html)).toContain(`script-src ${script.hash};`);
    expect(policyOf(html)).toContain("connect-src 'self';");
    expect(policyOf(html)).toContain("default-src 'none';");
  });

  it("keeps the chart scripts' hashes of a report with charts", () => {
    const original = page('T', '<p>x</p>', [], 'index.html', footer, true);
    const before = /script-src ([^;]*);/.exec(policyOf(original))![1]!;
    expect(before.split(' ').length).toBe(3);
    expect(policyOf(injectScript(original, script))).toContain(`script-src ${before} ${script.hash};`);
  });
});
