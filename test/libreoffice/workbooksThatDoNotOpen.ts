/** The workbooks LibreOffice cannot load, found in one soffice run. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertWithLibreOffice } from './convertWithLibreOffice';

export interface OpenCheck {
  failed: string[];
  log: string;
  ms: number;
}

/**
 * Has LibreOffice open every file in `paths` (converting each to CSV, which needs the whole workbook loaded) and lists
 * those it could not load. Throws when LibreOffice is not installed.
 * @example workbooksThatDoNotOpen(['/tmp/raportti.xlsx']).failed //=> []
 */
export function workbooksThatDoNotOpen(paths: readonly string[]): OpenCheck {
  if (paths.length === 0) return { failed: [], log: '', ms: 0 };
  const out = mkdtempSync(join(tmpdir(), 'seuranta-opened-'));
  const run = convertWithLibreOffice(paths, out, 'csv:Text - txt - csv (StarCalc):44,34,76');
  const failed = [...run.outputs].filter(([, output]) => output === null).map(([input]) => input);
  rmSync(out, { recursive: true, force: true });
  return { failed, log: run.log, ms: run.ms };
}
