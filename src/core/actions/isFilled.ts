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
  return cellText(value) !== '';
}
