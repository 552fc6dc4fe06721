/** The `--lang` option as a user types it. */
import { isLang, type Lang } from '../core';

/**
 * The language `--lang` names, in any case and with spaces around it; Finnish when the option is not given, null when it
 * names no language the tool speaks.
 * @example langOption(' SV ') //=> 'sv'
 * @example langOption(undefined) //=> 'fi'
 * @example langOption('de') //=> null
 */
export function langOption(text: string | undefined): Lang | null {
  const lang = (text ?? 'fi').trim().toLowerCase();
  return isLang(lang) ? lang : null;
}
