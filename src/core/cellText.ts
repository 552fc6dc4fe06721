/** The text a person sees in a cell, tidied for matching. */
import type { CellValue } from './grid';

/** White space other than single inner spaces: line breaks, tabs, no-break spaces, runs, or at either end. */
const UNTIDY = /[^\S ]|[\u00a0\u2007\u202f]| {2}|^ | $/;

/**
 * Gives a cell's content as trimmed text with runs of white space (line breaks, no-break spaces)
 * folded to one space; numbers as JavaScript writes them; empty and errors give ''.
 * @example cellText('  Ei /\n korona ') //=> 'Ei / korona'
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    // Most cells are already tidy: one test is much cheaper than a replace and a trim on every cell.
    if (!UNTIDY.test(value)) return value;
    return value.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return '';
}
