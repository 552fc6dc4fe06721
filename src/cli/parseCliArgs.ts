/** Reads the command line with node:util parseArgs, turning every mistake into a localised one-line reason. */
import { parseArgs } from 'node:util';
import { formatMessage, type Locale } from '../core';

export type CliOptionName = 'out' | 'json' | 'as-of' | 'since' | 'lang' | 'jobs' | 'help';

export type ParsedCliArgs =
  | { ok: true; positionals: string[]; values: Partial<Record<Exclude<CliOptionName, 'help'>, string>> & { help?: boolean } }
  | { ok: false; message: string };

const STRING_OPTIONS = ['out', 'json', 'as-of', 'since', 'lang', 'jobs'] as const;

/**
 * Accepts only the options the command takes; an unknown option or one without its value is a
 * reason in the user's language rather than Node's English error.
 * @example parseCliArgs(['report', 'a.xlsx', '--out'], ['out', 'json'], fi) //=> { ok: false, message: "Valinta '--out' tarvitsee arvon." }
 */
export function parseCliArgs(argv: readonly string[], allowed: readonly CliOptionName[], locale: Locale): ParsedCliArgs {
  const { tokens } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: {
      out: { type: 'string' },
      json: { type: 'string' },
      'as-of': { type: 'string' },
      since: { type: 'string' },
      lang: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const positionals: string[] = [];
  const values: Partial<Record<Exclude<CliOptionName, 'help'>, string>> & { help?: boolean } = {};
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const name = token.name as CliOptionName;
    if (!(allowed as readonly string[]).includes(name) && name !== 'help') {
      return { ok: false, message: formatMessage(locale.cli.unknownOption, { option: token.rawName }) };
    }
    if (name === 'help') {
      values.help = true;
      continue;
    }
    const value = token.value;
    // parseArgs takes the next word as the value even when it is the next option.
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) {
      return { ok: false, message: formatMessage(locale.cli.missingValue, { option: name }) };
    }
    if ((STRING_OPTIONS as readonly string[]).includes(name)) values[name as (typeof STRING_OPTIONS)[number]] = value;
  }
  return { ok: true, positionals, values };
}
