/** Row and column to an A1 address. */
import { columnLetter } from './columnLetter';

/**
 * Builds the A1 address of a cell from its 1-based row and column.
 * @example cellAddress(5, 3) //=> 'C5'
 */
export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1) throw new RangeError(`row must be a positive integer, got ${row}`);
  return `${columnLetter(col)}${row}`;
}
