// Preloaded into the notebook kernel (NODE_OPTIONS=--require) by the build: records the name of
// every file the notebook reads from $DPRK_PROCESSED_DIR, one per line, in $DPRK_READS_FILE. The
// build then re-runs the notebook only when one of those files changes. Changes no behaviour.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.DPRK_PROCESSED_DIR;
const out = process.env.DPRK_READS_FILE;
if (dir && out) {
  const root = path.resolve(dir) + path.sep;
  const seen = new Set();
  const note = (file) => {
    try {
      const p = typeof file === 'string' ? file : file instanceof URL ? file.pathname : Buffer.isBuffer(file) ? file.toString() : undefined;
      if (p === undefined) return;
      const abs = path.resolve(p);
      if (!abs.startsWith(root) || seen.has(abs)) return;
      seen.add(abs);
      fs.appendFileSync(out, `${path.relative(root, abs)}\n`);
    } catch {
      /* tracing must never break the notebook */
    }
  };
  const wrap = (obj, name) => {
    const orig = obj[name];
    if (typeof orig !== 'function') return;
    obj[name] = function (file, ...rest) {
      note(file);
      return orig.call(this, file, ...rest);
    };
  };
  for (const name of ['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream', 'readdirSync', 'readdir']) wrap(fs, name);
  for (const name of ['readFile', 'open', 'readdir']) wrap(fs.promises, name);
}
