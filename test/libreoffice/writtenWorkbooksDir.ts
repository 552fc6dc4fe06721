/** Where the test suite keeps a copy of every workbook the CLI wrote, for LibreOffice to open after the run. */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * One folder per checkout (several may run their tests on one machine at once), shared by all of a run's test workers.
 * @example writtenWorkbooksDir() //=> '/tmp/seuranta-written-workbooks-3f2a9c1e'
 */
export function writtenWorkbooksDir(): string {
  const checkout = createHash('sha256')
    .update(resolve(__dirname, '..', '..'))
    .digest('hex')
    .slice(0, 8);
  return join(tmpdir(), `seuranta-written-workbooks-${checkout}`);
}
