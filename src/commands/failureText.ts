/** What the ribbon command tells the user when the one-click summary fails. */
import { formatMessage, type Locale } from '../core';

const ADVISED = ['protectedSheet', 'protectedStructure', 'cellEditMode', 'tooLarge', 'unsupported'] as const;
type Advised = (typeof ADVISED)[number];

/**
 * The locale's advice for a host error code (protected sheet, cell-edit mode, …), else the generic failure with Excel's words.
 * @example failureText({ code: 'cellEditMode' }, getLocale('fi')) //=> 'Excel on solun muokkaustilassa. Paina Enter tai Esc ja yritä uudelleen.'
 */
export function failureText(error: unknown, locale: Locale): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  if (typeof code === 'string' && (ADVISED as readonly string[]).includes(code)) return locale.ui.errors[code as Advised];
  const detail =
    typeof error === 'object' && error !== null && 'detail' in error && typeof error.detail === 'string'
      ? error.detail
      : error instanceof Error
        ? error.message
        : String(error);
  return formatMessage(locale.ui.unexpectedError, { detail });
}
