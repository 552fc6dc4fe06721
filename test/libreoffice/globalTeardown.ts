/**
 * Jest's last step: LibreOffice opens every workbook the CLI wrote during the run, all in one soffice run, and the run
 * fails on any it cannot load, or when LibreOffice is missing.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { workbooksThatDoNotOpen } from './workbooksThatDoNotOpen';
import { writtenWorkbooksDir } from './writtenWorkbooksDir';

/** @example // jest.config.js: globalTeardown: '<rootDir>/test/libreoffice/globalTeardown.ts' */
export default function globalTeardown(): void {
  const dir = writtenWorkbooksDir();
  const written = existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
  if (written.length === 0) return;
  const check = workbooksThatDoNotOpen(written);
  if (check.failed.length > 0) {
    throw new Error(
      `LibreOffice could not open ${check.failed.length} of the ${written.length} workbooks the CLI wrote: ${check.failed.join(', ')}\n${check.log}`,
    );
  }
  process.stdout.write(`LibreOffice opened all ${written.length} workbooks the CLI wrote (${(check.ms / 1000).toFixed(1)} s).\n`);
}
