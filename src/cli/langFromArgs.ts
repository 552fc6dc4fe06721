/** Finds the language before anything else is read, so even argument errors speak it. */
import { isLang, type Lang } from '../core';

/**
 * The `--lang` value when it is fi, sv or en; Finnish otherwise (the bad value is reported later).
 * @example langFromArgs(['validate', 'a.xlsx', '--lang', 'sv']) //=> 'sv'
 */
export function langFromArgs(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value === undefined) continue;
    const lang = value.trim().toLowerCase();
    if (isLang(lang)) return lang;
  }
  return 'fi';
}
