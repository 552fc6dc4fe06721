/** Finds the language before anything else is read, so even argument errors speak it. */
import type { Lang } from '../core';
import { langOption } from './langOption';

/**
 * The `--lang` value when it is fi, sv or en; Finnish otherwise (the bad value is reported later).
 * @example langFromArgs(['validate', 'a.xlsx', '--lang', 'sv']) //=> 'sv'
 */
export function langFromArgs(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value === undefined) continue;
    const lang = langOption(value);
    if (lang !== null) return lang;
  }
  return 'fi';
}
