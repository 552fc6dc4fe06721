/** Writes an ISO date the way the chosen language writes dates, for messages a manager reads. */
import type { CoreContext } from '../context';
import { formatMessage } from '../i18n/formatMessage';

/**
 * The date in the locale's `scheduleWords.dateFormat` (`{d}.{m}.{y}` in Finnish and Swedish);
 * text that is not an ISO date is returned as it is.
 * @example formatIsoDate('2021-12-31', fiCtx) //=> '31.12.2021'
 */
export function formatIsoDate(iso: string, ctx: CoreContext): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mm, dd] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
  return formatMessage(ctx.locale.scheduleWords.dateFormat, { y, mm, dd, m: Number(mm), d: Number(dd) });
}
