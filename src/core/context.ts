/** What every reader and rule needs to know about the run: the as-of date and the language. */
import type { Lang } from './schema/report';
import type { Locale } from './locales/locale';

export interface CoreContext {
  /** ISO date that overdue is judged against. */
  readonly asOf: string;
  readonly lang: Lang;
  /** The messages' language. */
  readonly locale: Locale;
}
