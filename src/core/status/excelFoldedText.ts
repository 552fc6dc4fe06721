/** The Excel expression that reads a status cell's text the way normalizeStatus does before it matches words. */
import { cellText } from '../cellText';
import { once } from '../memo/once';
import { excelFoldedLetters } from './excelFoldedLetters';
import { excelSubstitutions } from './excelSubstitutions';
import { OCR_DIGITS } from '../text/foldText';

/** Characters `cellText` tidies to a space (every kind of white space but the space itself), found by asking it. */
const tidiedToSpace = once((): readonly string[] => {
  const probe = `${Array.from({ length: 0x10000 }, (_, code) => `x${String.fromCharCode(code)}`).join('')}x`;
  const tidy = cellText(probe);
  if (tidy.length !== probe.length) throw new Error('cellText: white space no longer tidies one character to one');
  const found: string[] = [];
  for (let i = 1; i < probe.length; i += 2) if (tidy[i] === ' ' && probe[i] !== ' ') found.push(probe[i] ?? '');
  return found;
});

/**
 * An Excel expression (for a cell's conditional format, so no LET and no dynamic arrays) that gives the text of `ref` as
 * normalizeStatus matches it, with a space added at each end: `foldText`'s fold (`excelFoldedLetters`), the digits
 * other than a scan's as `digitStandIn`, a letter no status word has, so that every letter or digit is a character UPPER
 * changes (which is how the rules tell a word's edge), then `cellText`'s tidying: every white space a space, runs of them
 * one, none at the ends.
 * @example excelFoldedText('E5', 'q').startsWith('" "&TRIM(SUBSTITUTE(') //=> true
 */
export function excelFoldedText(ref: string, digitStandIn: string): string {
  const digits = [...'0123456789'].filter((d) => OCR_DIGITS[d] === undefined).map((d) => [d, digitStandIn] as const);
  const tidied = excelSubstitutions(excelFoldedLetters(ref), [...digits, ...tidiedToSpace().map((s) => [s, ' '] as const)]);
  return `" "&TRIM(${tidied})&" "`;
}
