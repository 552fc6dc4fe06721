/** Whether a number format shows a date or a time, as Excel decides which numbers are dates. */

/** Literal text and layout codes that carry no date parts: "quoted", \x escaped, _x spacing, *x fill. */
const LITERALS = /"[^"]*"|\\.|_.|\*./g;
/** Bracketed codes: colours, conditions, locales ([Red], [<100], [$-40B]); elapsed time ([h], [mm], [ss]) is kept. */
const BRACKETS = /\[([^\]]*)\]/g;
const ELAPSED = /^(h+|m+|s+)$/i;
const DATE_PARTS = /[ymdhs]/i;

/**
 * True when the code has a year, month, day, hour, minute or second outside quoted text,
 * escapes and brackets; `General` is no date whatever its letters.
 * @example isDateFormatCode('d.m.yyyy') //=> true
 * @example isDateFormatCode('#,##0 "h";[Red]-#,##0 "h"') //=> false
 * @example isDateFormatCode('[h]:mm') //=> true
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(LITERALS, '')
    .replace(BRACKETS, (_whole, inner: string) => (ELAPSED.test(inner) ? 'h' : ''))
    .replace(/general/gi, '');
  return DATE_PARTS.test(bare);
}
