/** Reads a number the way people type it in Finnish, Swedish and English sheets, without ever guessing a zero. */
import type { CellValue } from '../grid';
import { cellText } from '../cellText';

/**
 * What a cell holds as a number: nothing, a number (with whether it was written with a percent sign),
 * or text that is not a number (kept so that a message can quote it).
 */
export type ParsedNumber =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'invalid'; readonly text: string };

const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
const MINUS_SIGNS = /^[\u2212\u2013\u2012\u2014\u2010\u2011-]/;
/** A lone dash is how finance sheets write "nothing here": it is empty, not zero and not an error. */
const PLACEHOLDER = /^[-\u2212\u2013\u2014]+$/;
const CURRENCY = /(?:€|eur|euro|euroa|e|kr)$/i;

/**
 * Reads a cell as a number. Text may use spaces (also no-break and narrow no-break) between thousands,
 * a decimal comma, a Unicode minus or en dash, parentheses for a negative, a trailing `€`, and a percent
 * sign. Percent is returned **as written**: `'12 %'` gives `{ value: 12, percent: true }`; a number cell
 * formatted as percent reaches the core as its fraction (0.12) and cannot be told apart, so callers that
 * compare percentages accept both. A single comma is always a decimal comma (`1,5` = 1.5, the Finnish
 * reading); a single dot is a decimal point; repeated commas or dots, or both kinds, are thousands
 * separators before the last one. An empty cell or a lone dash is `empty`; anything else that is not a
 * number (words, dates, booleans, error values, NaN) is `invalid`, never 0.
 * @example parseNumber('\u2212378\u00a0568') //=> { kind: 'number', value: -378568, percent: false }
 * @example parseNumber('50 %') //=> { kind: 'number', value: 50, percent: true }
 * @example parseNumber('(1 234)') //=> { kind: 'number', value: -1234, percent: false }
 * @example parseNumber('n/a') //=> { kind: 'invalid', text: 'n/a' }
 */
export function parseNumber(value: CellValue | undefined): ParsedNumber {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value, percent: false } : { kind: 'invalid', text: String(value) };
  }
  if (typeof value !== 'string') {
    const text = typeof value === 'boolean' ? String(value) : value instanceof Date ? cellText(value) : value.error;
    return { kind: 'invalid', text };
  }
  const shown = value.replace(SPACES, ' ').trim();
  if (shown === '') return { kind: 'empty' };
  if (PLACEHOLDER.test(shown)) return { kind: 'empty' };
  const invalid = { kind: 'invalid', text: shown } as const;

  let s = shown.replace(SPACES, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(CURRENCY, '');
  if (!percent && s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (MINUS_SIGNS.test(s)) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  const normalised = normaliseSeparators(s);
  if (normalised === null || !/^\d+(?:\.\d+)?$/.test(normalised)) return invalid;
  const n = Number(normalised);
  if (!Number.isFinite(n)) return invalid;
  return { kind: 'number', value: negative ? -n : n, percent };
}

/** Digits with '.' as the only, decimal, separator; null when the separators make no sense. */
function normaliseSeparators(s: string): string | null {
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [intPart, frac, ...rest] = s.split(decimal);
    if (rest.length > 0 || intPart === undefined || frac === undefined) return null;
    if (!thousandsGrouped(intPart, thousands)) return null;
    return `${intPart.split(thousands).join('')}.${frac}`;
  }
  if (commas > 1) return thousandsGrouped(s, ',') ? s.split(',').join('') : null;
  if (dots > 1) return thousandsGrouped(s, '.') ? s.split('.').join('') : null;
  return s.replace(',', '.');
}

function thousandsGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return parts.every((p, i) => (i === 0 ? /^\d{1,3}$/.test(p) : /^\d{3}$/.test(p)));
}
