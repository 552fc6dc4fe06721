/** A file that could not be read or written, told in the user's language on one line. */
import { formatMessage, type Locale } from '../core';
import type { UnreadableDetail } from './xlsx/read/workbookUnreadable';
import type { LoadFailureReason } from './xlsx/readWorkbookFile';

/**
 * Each reason has its own text, saying what to do (remove the password, save as .xlsx, fetch the
 * file again); none repeats a library's words.
 * @example loadFailureMessage(fi, { reason: 'notFound', path: 'a.xlsx', detail: 'ENOENT' }) //=> "Tiedostoa 'a.xlsx' ei löydy."
 * @example loadFailureMessage(en, { reason: 'encrypted', path: 'talous.xlsx', detail: '' }) //=> "Workbook 'talous.xlsx' is protected with a password and cannot be read. Open it in Excel, remove the password …"
 */
export function loadFailureMessage(
  locale: Locale,
  failure: { reason: LoadFailureReason | 'unwritable' | 'unsupported'; path: string; detail: string } & UnreadableDetail,
): string {
  const cli = locale.cli;
  const template = {
    notFound: cli.fileNotFound,
    notAFile: cli.notAFile,
    unwritable: cli.fileUnwritable,
    unsupported: cli.fileUnsupported,
    encrypted: cli.fileEncrypted,
    legacyXls: cli.fileLegacyXls,
    ods: cli.fileOds,
    xlsb: cli.fileXlsb,
    text: cli.fileText,
    lockFile: cli.fileLockFile,
    notWorkbook: cli.fileNotWorkbook,
    corrupt: cli.fileCorrupt,
    damagedPart: cli.fileDamagedPart,
    doctype: cli.fileDoctype,
    sheetTooLarge: cli.sheetTooLarge,
  }[failure.reason];
  const { path, detail, part = '', sheet = '', range = '' } = failure;
  return formatMessage(template, { path, detail, part, sheet, range }).replace(/\s*\n\s*/g, ' ');
}
