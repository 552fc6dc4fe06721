/**
 * The core's `@example`s run as tests where they can: every one-line `@example call(...) //=> result` whose call uses
 * only literals and the functions its own file exports is evaluated, and must give the result it claims. Examples that
 * need a workbook or a report built first (`buildReport(workbook, …)`) are documentation only and are not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Example {
  file: string;
  call: string;
  expected: string;
}

const CORE = __dirname;
const EXAMPLE = /@example (.+?) \/\/=> (.+)$/;

/** Every one-line example with a result, by file. */
function examplesOf(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => {
      const m = EXAMPLE.exec(line.replace(/^\s*\*\s?/, '* ').slice(2));
      return m?.[1] && m[2] ? [{ file: path.relative(CORE, file), call: m[1].trim(), expected: m[2].trim() }] : [];
    });
}

/** The expected value as JavaScript; a trailing remark in parentheses or after `(` a comment is not part of it. */
function expectedValue(text: string): { ok: true; value: unknown } | { ok: false } {
  for (const candidate of [text, text.replace(/\s+\([^()]*\)$/, ''), text.replace(/\s+\(.*$/, '')]) {
    try {
      return { ok: true, value: new Function(`return (${candidate});`)() };
    } catch {
      // Not a literal in this form; try the next.
    }
  }
  return { ok: false };
}

/** Runs the call with the file's exports in scope; undefined when it names anything else (it is not self-contained). */
function run(example: Example, exports: Record<string, unknown>): { ok: true; value: unknown } | { ok: false } {
  const names = Object.keys(exports).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  try {
    return { ok: true, value: new Function(...names, `return (${example.call});`)(...names.map((n) => exports[n])) };
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof SyntaxError) return { ok: false };
    throw error;
  }
}

const files = (readdirSync(CORE, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => path.join(CORE, f));
const runnable: { example: Example; value: unknown; expected: unknown }[] = [];
for (const file of files) {
  const examples = examplesOf(file);
  if (examples.length === 0) continue;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(file) as Record<string, unknown>;
  for (const example of examples) {
    const expected = expectedValue(example.expected);
    if (!expected.ok) continue;
    const got = run(example, exports);
    if (got.ok) runnable.push({ example, value: got.value, expected: expected.value });
  }
}

describe("the core's @examples", () => {
  it('are run where they are self-contained: most of them', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(60);
  });

  it.each(runnable.map((r) => [`${r.example.file}: ${r.example.call}`, r] as const))('%s', (_, r) => {
    expect(r.value).toEqual(r.expected);
  });
});
