/** A file that could not be read or written, told in the user's language on one line. */
import { formatMessage } from '../core/i18n/formatMessage';
import type { Locale } from '../core/locales/locale';
import type { LoadFailureReason } from './xlsx/loadExcelWorkbook';

/**
 * @example loadFailureMessage(fi, { reason: 'notFound', path: 'a.xlsx', detail: 'ENOENT' }) //=> "Tiedostoa 'a.xlsx' ei löydy."
 */
export function loadFailureMessage(
  locale: Locale,
  failure: { reason: LoadFailureReason | 'unwritable' | 'unsupported'; path: string; detail: string },
): string {
  const template = {
    notFound: locale.cli.fileNotFound,
    notAFile: locale.cli.notAFile,
    unreadable: locale.cli.fileUnreadable,
    unwritable: locale.cli.fileUnwritable,
    unsupported: locale.cli.fileUnsupported,
  }[failure.reason];
  return formatMessage(template, { path: failure.path, detail: failure.detail }).replace(/\s*\n\s*/g, ' ');
}
