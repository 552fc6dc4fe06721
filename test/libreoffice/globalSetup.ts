/** Jest's first step: an empty collection for the workbooks this run's CLI tests write. */
import { rmSync } from 'node:fs';
import { writtenWorkbooksDir } from './writtenWorkbooksDir';

/** @example // jest.config.js: globalSetup: '<rootDir>/test/libreoffice/globalSetup.ts' */
export default function globalSetup(): void {
  rmSync(writtenWorkbooksDir(), { recursive: true, force: true });
}
