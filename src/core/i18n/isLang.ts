/** Tells a language code the tool speaks from any other text, without the schema library. */
import type { Lang } from '../schema/report';
import { LANGS } from '../schema/vocabulary';

/**
 * True for `fi`, `sv` and `en`, exactly as written (callers trim and lower-case what a user typed).
 * @example isLang('sv') //=> true
 * @example isLang('de') //=> false
 */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
