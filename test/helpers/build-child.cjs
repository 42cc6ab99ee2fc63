// Runs one build of a (temporary) project root in its own process, for tests that kill it or run
// two at once. Usage: node build-child.cjs ROOT [OUT] [--force]
// dist/ resolves its own root from __dirname (through the symlink, to /work/main), so the root is
// passed explicitly to projectPaths(). Prints one line per log line; exit 0 on success, 1 on error.
const path = require('node:path');
const dist = path.resolve(__dirname, '..', '..', 'dist');
const { build } = require(path.join(dist, 'pipeline', 'run.js'));
const { projectPaths } = require(path.join(dist, 'pipeline', 'paths.js'));
const args = process.argv.slice(2);
const force = args.includes('--force');
const [root, out] = args.filter((a) => a !== '--force');
build(projectPaths(root, out || undefined), { force, waitMs: 15 * 60_000, log: { line: (t) => console.log(t) } }).then(
  (r) => console.log(`BUILD-DONE ${r.filter((x) => x.status === 'rebuilt').length}`),
  (e) => {
    console.error(`BUILD-FAILED ${e && e.stack ? e.stack : e}`);
    process.exitCode = 1;
  },
);
