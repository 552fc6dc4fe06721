/** Keeps a copy of a workbook a test had the CLI write, so that the run's last step can have LibreOffice open it. */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { writtenWorkbooksDir } from './writtenWorkbooksDir';

/**
 * Copies `path` (when it exists) into the run's collection under a name no other worker or test uses.
 * @example collectWrittenWorkbook('/tmp/seuranta-cli-report-x/t-raportti.xlsx') // later opened by globalTeardown
 */
export function collectWrittenWorkbook(path: string): void {
  if (!existsSync(path)) return;
  const dir = writtenWorkbooksDir();
  mkdirSync(dir, { recursive: true });
  const ext = extname(path);
  copyFileSync(path, join(dir, `${basename(path, ext)}-${randomUUID().slice(0, 8)}${ext}`));
}
