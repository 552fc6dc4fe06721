/** The data of one language. */
import type { Lang } from '../schema/report';
import { LOCALES, type Locale } from './locale';

/**
 * The locale for a language code.
 * @example getLocale('sv').statusLabels.done //=> 'Genomförd'
 */
export function getLocale(lang: Lang): Locale {
  return LOCALES[lang];
}
