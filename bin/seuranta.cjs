#!/usr/bin/env node
/** `seuranta report …` / `npm run cli -- …`: the compiled CLI, compiled first when its sources changed. */
require(require('../scripts/ensureCliBuilt.cjs').ensureCliBuilt());
