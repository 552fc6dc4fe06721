import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const LOADER = path.join(__dirname, 'requireWithCodeCache.cjs');

/** Runs `file` through requireWithCodeCache in a new process (the cache is written at exit) and returns what it printed. */
function run(file: string, keep: boolean, exitCode = 0): string {
  const program = `
    const { requireWithCodeCache } = require(${JSON.stringify(LOADER)});
    const answer = requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(`${file}.cache`)}, (code) => ${keep} && code === ${exitCode});
    process.stdout.write(String(answer.value));
    process.exitCode = ${exitCode};`;
  const child = spawnSync(process.execPath, ['-e', program], { encoding: 'utf8' });
  if (child.status !== exitCode) throw new Error(child.stderr);
  return child.stdout;
}

function moduleFile(source: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'code-cache-')), 'program.cjs');
  writeFileSync(file, source);
  return file;
}

describe('requireWithCodeCache', () => {
  it('runs the file as require would, and keeps a cache only from a run worth keeping', () => {
    const file = moduleFile("const path = require('node:path'); module.exports = { value: path.basename(__filename) };");
    expect(run(file, false)).toBe('program.cjs');
    expect(existsSync(`${file}.cache`)).toBe(false);
    expect(run(file, true, 1)).toBe('program.cjs');
    expect(existsSync(`${file}.cache`)).toBe(true);
  });

  it('uses the cache it made on later runs instead of writing it again', () => {
    const file = moduleFile('module.exports = { value: [1, 2, 3].map((n) => n * 2).join() };');
    run(file, true);
    const made = statSync(`${file}.cache`).mtimeMs;
    expect(run(file, true)).toBe('2,4,6');
    expect(statSync(`${file}.cache`).mtimeMs).toBe(made);
  });

  it('runs a file rebuilt to the very same length as it is now, not as the old cache remembers it', () => {
    // V8 checks a cache against the source's length only: the old code would run without the cache's own check.
    const file = moduleFile('module.exports = { value: "old" };');
    run(file, true);
    writeFileSync(`${file}.new`, 'module.exports = { value: "new" };');
    renameSync(`${file}.new`, file);
    expect(run(file, true)).toBe('new');
    expect(run(file, true)).toBe('new');
  });

  it('ignores a damaged cache and replaces it', () => {
    const file = moduleFile('module.exports = { value: 42 };');
    run(file, true);
    const header = readFileSync(`${file}.cache`).toString('latin1').split('\n')[0] ?? '';
    writeFileSync(`${file}.cache`, `${header}\nnot a code cache`);
    expect(run(file, true)).toBe('42');
    expect(readFileSync(`${file}.cache`).length).toBeGreaterThan(header.length + 40);
    expect(run(file, true)).toBe('42');
  });
});
