/** What both commands take alike: the input workbook, the as-of date and the language. */
import { formatMessage, type Lang, type Locale } from '../core';
import { langOption } from './langOption';
import { parseAsOf } from './parseAsOf';
import type { ParsedCliArgs } from './parseCliArgs';
import { todayIso } from '../app/todayIso';

export type CommonRunOptions = { ok: true; input: string; asOf: string; lang: Lang } | { ok: false; message: string };

/**
 * Checks the positionals (the command, then one workbook), `--as-of` (today when absent) and `--lang` (Finnish when absent).
 * @example commonRunOptions({ ok: true, positionals: ['report', 'a.xlsx'], values: { 'as-of': '2024-06-30' } }, fi)
 * //=> { ok: true, input: 'a.xlsx', asOf: '2024-06-30', lang: 'fi' }
 */
export function commonRunOptions(args: Extract<ParsedCliArgs, { ok: true }>, locale: Locale, today: Date = new Date()): CommonRunOptions {
  const [, input, extra] = args.positionals;
  if (input === undefined || input.trim() === '') return { ok: false, message: locale.cli.missingInput };
  if (extra !== undefined) return { ok: false, message: formatMessage(locale.cli.extraArgument, { value: extra }) };
  const asOfText = args.values['as-of'];
  const asOf = asOfText === undefined ? todayIso(today) : parseAsOf(asOfText);
  if (asOf === null) return { ok: false, message: formatMessage(locale.cli.badAsOf, { value: asOfText ?? '' }) };
  const langText = args.values.lang;
  const lang = langOption(langText);
  if (lang === null) return { ok: false, message: formatMessage(locale.cli.badLang, { value: langText ?? '' }) };
  return { ok: true, input, asOf, lang };
}
