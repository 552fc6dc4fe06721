/** Builds an issue with its message in the run's language. */
import type { CoreContext } from '../context';
import { formatMessage } from '../i18n/formatMessage';
import type { MessageKey } from '../locales/locale';
import type { Issue, Severity } from '../schema/report';

/**
 * An issue at a cell, its message from the locale's template for `code`.
 * @example createIssue(ctx, 'status.unknown', 'warning', 'Lastensuojelu', 'C7', { value: 'Ehkä', examples: 'Kyllä, Ei' })
 * //=> { severity: 'warning', code: 'status.unknown', sheet: 'Lastensuojelu', cell: 'C7', message: "Tuntematon tila 'Ehkä'. Käytä esimerkiksi: Kyllä, Ei." }
 */
export function createIssue(
  ctx: CoreContext,
  code: MessageKey,
  severity: Severity,
  sheet: string,
  cell: string,
  params: Readonly<Record<string, string | number>> = {},
): Issue {
  return { severity, code, sheet, cell, message: formatMessage(ctx.locale.messages[code], params) };
}
