#!/usr/bin/env node
// Entry point of the npm scripts: compiles src/ into dist/ only when src/, the tsconfigs or the
// compiler changed since the last compile (by content hash, recorded in dist/.compiled.json,
// which also holds the hash of dist/ itself so that an edited or deleted dist/ file recompiles),
// then runs the command line in this same process. A no-op `npm run build` so costs a few
// milliseconds instead of a 4 s tsc run: the hash of a file whose stat is unchanged is taken from
// dist/.file-hashes.json (scripts/file-hashes.cjs, git's index rule), so nothing is read.
// Plain JavaScript: it must run before dist/ exists.
//   node scripts/cli.cjs build ...        compile if needed, then `dprk build ...`
//   node scripts/cli.cjs --compile-only   compile if needed, nothing else
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { FileHashes } = require('./file-hashes.cjs');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.compiled.json');
const HASHES = path.join(DIST, '.file-hashes.json');
const hashes = FileHashes.load(HASHES, 'bytes');
// The stamp, the hash cache and their temporaries are not part of what tsc wrote.
const ownFile = (p) => p === STAMP || p.startsWith(`${STAMP}.tmp-`) || p === HASHES || p.startsWith(`${HASHES}.tmp-`);

function walk(dir) {
  let out = [];
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out = out.concat(walk(p));
    else if (!ownFile(p)) out.push(p);
  }
  return out;
}

/** sha256 over the files' paths (relative to the project, so a moved checkout stays fresh) and the sha256 of each one's content. */
function hashOf(files) {
  const h = createHash('sha256');
  for (const f of files.slice().sort()) {
    h.update(path.relative(ROOT, f));
    h.update('\0');
    h.update(hashes.digest(f, fs.readFileSync) ?? 'missing');
    h.update('\0');
  }
  return h.digest('hex');
}

const sourceFiles = () => [
  ...walk(path.join(ROOT, 'src')),
  path.join(ROOT, 'tsconfig.base.json'),
  path.join(ROOT, 'tsconfig.build.json'),
  path.join(ROOT, 'node_modules', 'typescript', 'package.json'),
];

function compileIfChanged() {
  const src = hashOf(sourceFiles());
  let stamp = {};
  try {
    stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    /* never compiled */
  }
  if (stamp.src === src && stamp.dist === hashOf(walk(DIST))) {
    hashes.save(HASHES);
    return;
  }
  // The project's own compiler (5.9); node_modules/.bin/tsc is tslab's 5.0.
  const { spawnSync } = require('node:child_process'); // only when compiling
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status === null ? 1 : r.status);
  const tmp = `${STAMP}.tmp-${process.pid}-0`;
  fs.writeFileSync(tmp, `${JSON.stringify({ src, dist: hashOf(walk(DIST)) })}\n`);
  fs.renameSync(tmp, STAMP);
  hashes.save(HASHES);
}

compileIfChanged();
if (process.argv[2] !== '--compile-only') require(path.join(DIST, 'cli', 'index.js'));
