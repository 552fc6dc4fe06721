/**
 * The compiled CLI: src/cli/main.ts and what it imports, bundled by esbuild into one minified CommonJS file (packages
 * other than those `report` runs on stay in node_modules). Built when missing or older than any source it comes from, so `npm run cli` and `seuranta` start at
 * Node's speed instead of compiling TypeScript on every run. Plain JavaScript: it runs before anything is compiled.
 */
const { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'build', 'cli', 'seuranta.cjs');
const SOURCES = [path.join(ROOT, 'src', 'cli'), path.join(ROOT, 'src', 'core')];
// src/core/package.json says the core has no side effects: the bundle then leaves out the schemas (and zod) it never runs.
const ALSO = [
  path.join(ROOT, 'package-lock.json'),
  path.join(ROOT, 'package.json'),
  path.join(ROOT, 'src', 'core', 'package.json'),
  __filename,
];
// What every `report` loads: from node_modules, each file cost a resolve, a read and a compile of its own at start.
const BUNDLED = new Set(['zod', 'saxes', '@xmldom/xmldom']);

/** The newest modification time among the CLI's sources (tests excluded) and the lockfile. */
function newestSource() {
  let newest = 0;
  for (const dir of SOURCES) newest = Math.max(newest, newestTypeScriptIn(dir));
  for (const file of ALSO) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

/** Walked by hand, joining plain strings: this runs before every start, where `path.join` per file cost more than the stats. */
function newestTypeScriptIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}${path.sep}${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestTypeScriptIn(file));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/** Every package the project names, except those bundled into the CLI. */
function externalPackages() {
  const { dependencies = {}, devDependencies = {} } = require(path.join(ROOT, 'package.json'));
  return Object.keys({ ...dependencies, ...devDependencies }).filter((name) => !BUNDLED.has(name));
}

/**
 * Returns the compiled CLI's path (`out`, by default build/cli/seuranta.cjs), bundling it first when it is missing or
 * older than a source. Written aside and renamed into place, so processes started together never load a half-written file.
 * @example require(ensureCliBuilt()) // runs the CLI on process.argv
 */
function ensureCliBuilt(out = OUT) {
  if (existsSync(out) && statSync(out).mtimeMs >= newestSource()) return out;
  mkdirSync(path.dirname(out), { recursive: true });
  const aside = `${out}.${process.pid}.part`;
  const [bundle] = require('esbuild').buildSync({
    entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')],
    outfile: out,
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Packages stay in node_modules, bar those every run would load as many files (saxes, xmldom), bundled from their ES
    // modules. zod is listed too, but nothing of it is left: the CLI runs no schema, and src/core/package.json tells
    // esbuild the core's modules have no side effects, so the schemas' modules drop out with it.
    external: externalPackages(),
    mainFields: ['module', 'main'],
    // Half the bytes for V8 to read and parse at each start; names are not kept, as no message shows them.
    minify: true,
    // `import()` as `require`: bin/seuranta.cjs runs the bundle as a vm.Script (for its code cache), which has no module loader of its own.
    supported: { 'dynamic-import': false },
    logLevel: 'error',
  }).outputFiles;
  writeFileSync(aside, asciiOnly(bundle.text));
  renameSync(aside, out);
  return out;
}

/**
 * esbuild escapes what is not ASCII in strings but leaves regular expressions as written (the core's dashes, arrows
 * and letters); one such character makes V8 hold the whole source as two bytes a character. `\uXXXX` means the same
 * UTF-16 unit in a regular expression, with or without the `u` flag, as in strings, identifiers and comments.
 */
function asciiOnly(code) {
  return code.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

module.exports = { ensureCliBuilt, CLI_BUNDLE: OUT };

if (require.main === module) ensureCliBuilt();
