#!/usr/bin/env node
// `npm run notebook`: refuses, with what to do, when the project was never built (the notebooks
// import the compiled code in dist/), then hands over to `dprk notebook` (src/cli/notebook.ts).
// Plain JavaScript on purpose: it must run before anything is compiled.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'index.js')) || !fs.existsSync(path.join(root, 'dist', 'notebook', 'api.js'))) {
  console.error('npm run notebook: the project has not been built yet. The notebooks import the compiled code in dist/: run `npm run build` first (or `bash scripts/setup.sh` on a fresh clone).');
  process.exit(1);
}
process.argv.splice(2, 0, 'notebook');
require(path.join(root, 'dist', 'cli', 'index.js'));
