/** Writes a number for a message the way the reader's language writes it. */
import type { Lang } from '../schema/report';

const TAGS: Readonly<Record<Lang, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * The number with the language's thousands and decimal separators, at most `decimals` decimals.
 * @example formatBudgetNumber(-378568, 'en') //=> '-378,568'
 */
export function formatBudgetNumber(n: number, lang: Lang, decimals = 0): string {
  return new Intl.NumberFormat(TAGS[lang], { maximumFractionDigits: decimals, useGrouping: true }).format(n);
}
