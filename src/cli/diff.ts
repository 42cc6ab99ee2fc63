// `npm run diff [REV]`: what the working tree's data and code change in the findings, against
// REV (default HEAD). Markdown by default, --json for the same as data; exit 0 either way.
import { DataError } from '../pipeline/errors';
import { ROOT } from '../pipeline/paths';

export function diffCommand(rev: string, o: { json?: boolean; root?: string }): void {
  const { diffFindings, isEmpty } = require('../diff/findings') as typeof import('../diff/findings');
  const { diffMarkdown } = require('../diff/markdown') as typeof import('../diff/markdown');
  const sources = require('../diff/sources') as typeof import('../diff/sources');
  const root = o.root ?? ROOT;
  try {
    const commit = sources.resolveRev(root, rev);
    const against = `${rev} (${commit.slice(0, 12)})`;
    const d = diffFindings(sources.atRevision(root, commit), sources.workingTree(root));
    if (o.json) console.log(JSON.stringify({ against: rev, commit, changed: !isEmpty(d), ...d }, null, 2));
    else process.stdout.write(diffMarkdown(d, against));
  } catch (e) {
    if (e instanceof DataError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
