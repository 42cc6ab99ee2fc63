// Preloaded into the warm kernels of `npm run dev` (NODE_OPTIONS=--require, see
// scripts/warm_kernels.py), never into the build's kernels: remembers what tslab's TypeScript
// converter made of each cell, so that a notebook run again in the same kernel does not type-check
// and compile the same cells again (about 40% of a warm run).
// Sound because the conversion is a pure function of (the declarations of the cells run before,
// the cell's source) and of the declaration files the cells import (dist/*.d.ts, node_modules):
// a warm kernel is replaced whenever the notebook or the compiled code changes
// (src/dev/warm-kernels.ts), and with it this memo. A conversion that emitted side files (a cell
// importing a local .ts file) is not remembered: tslab keeps state about those.
// Changes no output: the kernel runs the very code tslab made the first time.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const MAX_ENTRIES = 2000; // a few runs of every cell; past it, start again

function patch() {
  // The converter of the tslab that this kernel runs (node_modules/tslab/bin/tslab).
  const bin = process.argv[1] && fs.realpathSync(process.argv[1]);
  if (!bin || path.basename(bin) !== 'tslab') return;
  const converter = require(path.join(path.dirname(bin), '..', 'dist', 'converter.js'));
  const create = converter.createConverter;
  if (typeof create !== 'function') return;
  converter.createConverter = function createMemoConverter(...args) {
    const conv = create.apply(this, args);
    const memo = new Map();
    const convert = conv.convert;
    conv.convert = function memoConvert(prevDecl, src) {
      const key = `${prevDecl}\u0000${src}`;
      const known = memo.get(key);
      if (known) return known;
      const result = convert.call(this, prevDecl, src);
      if (!result.sideOutputs) {
        if (memo.size >= MAX_ENTRIES) memo.clear();
        memo.set(key, result);
      }
      return result;
    };
    return conv;
  };
}

try {
  patch();
} catch {
  /* without the memo the kernel only runs slower */
}
