/** The text a person sees in a cell, tidied for matching. */
import type { CellValue } from './grid';

/**
 * True when the text has no white space but single inner spaces (no line breaks, tabs, no-break
 * spaces, runs, or spaces at either end): then tidying would not change it. A loop over char codes,
 * as this runs on nearly every cell; the codes are those JavaScript's `\s` matches.
 */
function isTidy(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (text.charCodeAt(i + 1) === 32) return false;
    } else if (c < 32) {
      if (c >= 9 && c <= 13) return false;
    } else if (c >= 0xa0 && isOtherSpace(c)) return false;
  }
  return true;
}

function isOtherSpace(c: number): boolean {
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Untidy texts repeat down a sheet (a target or metric written over lines, a status with a line break)
 * and each is read several times per row: the regex and its new string are paid once per text.
 */
const tidied = new Map<string, string>();
const TIDIED_LIMIT = 20000;

function tidyOnce(text: string): string {
  const known = tidied.get(text);
  if (known !== undefined) return known;
  const tidy = text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
  if (tidied.size >= TIDIED_LIMIT) tidied.clear();
  tidied.set(text, tidy);
  return tidy;
}

/**
 * Gives a cell's content as trimmed text with runs of white space (line breaks, no-break spaces)
 * folded to one space; numbers as JavaScript writes them; empty and errors give ''.
 * @example cellText('  Ei /\n korona ') //=> 'Ei / korona'
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    // Most cells are already tidy: one test is much cheaper than a replace and a trim on every cell.
    if (isTidy(value)) return value;
    return tidyOnce(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return '';
}
