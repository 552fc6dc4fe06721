/** The language of the command's messages when the workbook has no saved choice. */
import type { Lang } from '../core';

/**
 * The saved language, else Office's display language when it is Swedish or English, else Finnish.
 * @example langFromOffice(undefined, 'sv-FI') //=> 'sv'
 */
export function langFromOffice(saved: Lang | undefined, displayLanguage: string | undefined): Lang {
  if (saved) return saved;
  const prefix = (displayLanguage ?? '').slice(0, 2).toLowerCase();
  return prefix === 'sv' || prefix === 'en' ? prefix : 'fi';
}
