/** The text a person sees in a cell, tidied for matching. */
import type { CellValue } from './grid';
import { memoize } from './memo/memoize';

/**
 * What tidying would change: white space other than a plain space (JavaScript's `\s`: line breaks,
 * tabs, no-break and other Unicode spaces), a space at either end, or two spaces in a row.
 */
const UNTIDY = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|^ | $| {2}/;

/** True when tidying would not change the text. */
function isTidy(text: string): boolean {
  return !UNTIDY.test(text);
}

/**
 * Untidy texts repeat down a sheet (a target or metric written over lines, a status with a line break)
 * and each is read several times per row.
 */
const tidy = memoize((text: string): string => text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim());

/**
 * Gives a cell's content as trimmed text with runs of white space (line breaks, no-break spaces)
 * folded to one space; numbers as JavaScript writes them; empty and errors give ''.
 * @example cellText('  Ei /\n korona ') //=> 'Ei / korona'
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    // Most cells are already tidy: they come back as they are, with no new string.
    if (isTidy(value)) return value;
    return tidy(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return '';
}
