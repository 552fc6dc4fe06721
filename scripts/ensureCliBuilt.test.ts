import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Plain CommonJS, as it runs before anything is compiled: required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureCliBuilt } = require('./ensureCliBuilt.cjs') as { ensureCliBuilt: (out?: string) => string };

const ROOT = path.resolve(__dirname, '..');

describe('ensureCliBuilt', () => {
  it('compiles the CLI once, and again only when the compiled file is older than its sources', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cli-')), 'seuranta.cjs');
    expect(ensureCliBuilt(out)).toBe(out);
    const built = statSync(out).mtimeMs;
    expect(ensureCliBuilt(out)).toBe(out);
    expect(statSync(out).mtimeMs).toBe(built);

    // Regular expressions with the core's dashes and arrows, escaped: V8 keeps an ASCII source at one byte a character.
    expect(readFileSync(out, 'latin1')).toMatch(/^[\x00-\x7f]*$/);
    // The CLI never parses with a schema at run time: zod (half the bundle, ~70 ms of every start) stays out.
    expect(readFileSync(out, 'latin1')).not.toContain('ZodError');

    const longAgo = new Date('2001-01-01');
    utimesSync(out, longAgo, longAgo);
    ensureCliBuilt(out);
    expect(statSync(out).mtimeMs).toBeGreaterThan(longAgo.getTime());
  });

  it('gives a program that runs the CLI without TypeScript: `npm run cli` and the `seuranta` bin', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'seuranta.cjs'), 'report'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('Anna luettava Excel-työkirja (.xlsx).\n');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.bin.seuranta).toBe('bin/seuranta.cjs');
    expect(pkg.scripts.cli).toBe('node bin/seuranta.cjs');
  });
});
