#!/usr/bin/env node
/** `seuranta report …` / `npm run cli -- …`: the compiled CLI, compiled first when its sources changed, run with V8's code cache. */
const { setFlagsFromString } = require('node:v8');
const { ensureCliBuilt } = require('../scripts/ensureCliBuilt.cjs');
const { requireWithCodeCache } = require('../scripts/requireWithCodeCache.cjs');

// A cache is kept from a run that read a workbook to the end (exit 0, or 1 for the workbook's errors): that run
// compiled what every later run needs, where `--help` or a mistyped argument compiles next to nothing.
const READS_A_WORKBOOK = new Set(['report', 'validate']);
// V8 lets its old generation grow to several times what is live between full collections while collecting is cheap: a
// report of 100 000 actions with eight quarters of history then peaked far above what it holds. A fifth is enough
// headroom for a batch tool a finance office runs many of at once; V8 reads it at each collection.
setFlagsFromString('--heap-growing-percent=20');
const bundle = ensureCliBuilt();
requireWithCodeCache(bundle, `${bundle}.cache`, (code) => READS_A_WORKBOOK.has(process.argv[2] ?? '') && (code === 0 || code === 1));
