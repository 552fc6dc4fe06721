/** Tells an empty cell from one with something a person put there. */
import { cellText } from '../cellText';
import type { CellValue } from '../grid';
import { isCellError } from '../isCellError';

/**
 * True for any value a person sees: text that is not only white space, a number, a date, a
 * boolean or a spreadsheet error (an error is a filled cell that needs fixing).
 * @example isFilled(' \n ') //=> false
 * @example isFilled({ error: '#REF!' }) //=> true
 */
export function isFilled(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (isCellError(value)) return true;
  if (typeof value === 'number') return !Number.isNaN(value);
  // Text opening with a visible ASCII character is filled: no need to tidy it (this runs on every
  // cell of every row several times). Codes 33–126 are never white space.
  if (typeof value === 'string' && value.length > 0) {
    const c = value.charCodeAt(0);
    if (c > 32 && c < 127) return true;
  }
  return cellText(value) !== '';
}
