/** Runs headless LibreOffice once over many files: the real spreadsheet engine the tests hold the tool's output to. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A private profile that recalculates every formula on load (OOXML and ODF: "always"), so results never come from a
 * file's cached values, and that no other LibreOffice running on the machine shares.
 */
function privateProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seuranta-soffice-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  const recalc = (name: string): string =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `${recalc('OOXMLRecalcMode')}${recalc('ODFRecalcMode')}</oor:items>`,
  );
  return dir;
}

export interface Conversion {
  /** Input path → the converted file, or null where LibreOffice could not load the input. */
  outputs: Map<string, string | null>;
  /** What soffice printed, for a failure message. */
  log: string;
  ms: number;
}

/**
 * Converts `files` in ONE soffice run (its start-up costs seconds) to `format` (e.g. `csv:Text - txt - csv (StarCalc):44,34,76`
 * for UTF-8 CSV of the first sheet) in `outDir`. Throws when soffice is not installed: a test that needs the real engine
 * must fail without it, never pass by skipping.
 * @example convertWithLibreOffice(['/tmp/a.xlsx'], '/tmp/out', 'csv:Text - txt - csv (StarCalc):44,34,76').outputs.get('/tmp/a.xlsx') //=> '/tmp/out/a.csv'
 */
export function convertWithLibreOffice(files: readonly string[], outDir: string, format: string): Conversion {
  const started = Date.now();
  const profile = privateProfile();
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 600_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  if (run.error) {
    throw new Error(`LibreOffice (soffice) could not be run: ${run.error.message}. Install it (Debian: libreoffice-calc-nogui).`);
  }
  const extension = format.split(':')[0] ?? format;
  const outputs = new Map<string, string | null>();
  for (const file of files) {
    const out = join(outDir, `${basename(file, extname(file))}.${extension}`);
    outputs.set(file, existsSync(out) ? out : null);
  }
  return { outputs, log: `${run.stdout}${run.stderr}`, ms: Date.now() - started };
}
