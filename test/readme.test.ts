// The README's example rows of processed files must still be in those files, so the
// documentation cannot drift from the data.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  const blocks = [...readme.matchAll(/```csv\n([^\n]+)\n([\s\S]*?)\n```/g)];
  it('documents every processed file', () => {
    const files = fs.readdirSync(path.join(ROOT, 'data', 'processed')).filter((f) => f.endsWith('.csv'));
    for (const f of files) expect(readme, f).toContain(f);
  });
  it.each(blocks.map((b) => [b[1]!.slice(0, 40), b[1]!, b[2]!]))('example %s matches a processed file', (_, header, row) => {
    const file = fs.readdirSync(path.join(ROOT, 'data', 'processed')).find((f) => f.endsWith('.csv') && fs.readFileSync(path.join(ROOT, 'data', 'processed', f), 'utf8').startsWith(`${header}\n`));
    expect(file, `no processed file has the header ${header}`).toBeDefined();
    expect(fs.readFileSync(path.join(ROOT, 'data', 'processed', file!), 'utf8')).toContain(`\n${row}\n`);
  });
  it('gives the two Quickstart commands that .ci/run runs', () => {
    const quick = /## Quickstart[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n');
    expect(quick).toEqual(['bash scripts/setup.sh', 'npm test']);
    const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    for (const c of quick!) expect(ci).toContain(c);
  });
});
