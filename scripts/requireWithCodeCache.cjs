/**
 * Runs a CommonJS file as `require` would, with V8's code cache for it kept in a file beside it. Node 20 has no
 * `module.enableCompileCache`: without a cache every start parses the whole CLI bundle again, and compiles each
 * function the first time it runs. Plain JavaScript: it runs before anything is compiled.
 */
const { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { Buffer } = require('node:buffer');
const path = require('node:path');
const vm = require('node:vm');

/**
 * Runs `file` (its `module.exports` is returned) with the code cache in `cacheFile`. The cache is used only when it
 * was made from this very file (inode, size and modification time, read through the descriptor the source is read
 * through, so a file renamed into place meanwhile cannot be mistaken for it) and V8 accepts it. Otherwise a new
 * one is written when the process exits, made after the run so that it holds every function the run compiled,
 * but only when `keepCache(exitCode)` says the run was worth keeping (one that stopped at its arguments compiled
 * little). Written aside and renamed into place; a cache that cannot be written is simply not kept.
 * @example requireWithCodeCache('build/cli/seuranta.cjs', 'build/cli/seuranta.cjs.cache', (code) => code === 0)
 */
function requireWithCodeCache(file, cacheFile, keepCache) {
  const { source, identity } = readWithIdentity(file);
  const cachedData = cacheMadeFrom(cacheFile, identity);
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    process.once('exit', (code) => {
      if (keepCache(code)) writeCache(cacheFile, identity, script);
    });
  }
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

function readWithIdentity(file) {
  const fd = openSync(file, 'r');
  try {
    const { ino, size, mtimeMs } = fstatSync(fd);
    return { source: readFileSync(fd, 'utf8'), identity: `${ino}:${size}:${mtimeMs}\n` };
  } finally {
    closeSync(fd);
  }
}

/** The cache's bytes after its identity line, when that line names the file just read. */
function cacheMadeFrom(cacheFile, identity) {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const header = Buffer.from(identity);
  return bytes.subarray(0, header.length).equals(header) ? bytes.subarray(header.length) : undefined;
}

function writeCache(cacheFile, identity, script) {
  const aside = `${cacheFile}.${process.pid}.part`;
  try {
    writeFileSync(aside, Buffer.concat([Buffer.from(identity), script.createCachedData()]));
    renameSync(aside, cacheFile);
  } catch {
    try {
      rmSync(aside, { force: true });
    } catch {
      // Nothing was written where nothing can be written.
    }
  }
}

module.exports = { requireWithCodeCache };
