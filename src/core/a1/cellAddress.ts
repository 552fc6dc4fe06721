/** Row and column to an A1 address. */
import { columnLetter } from './columnLetter';

/**
 * Addresses up to this row and column are spelled once and shared. Every item of a report carries the address of each of
 * its cells, and a workbook's sheets lay their tables out alike: at 100 000 actions over 50 sheets the same 12 000
 * addresses recur, and their 600 000 copies were a third of the report's memory. The bound keeps the table small (at most
 * 64 × 4 096 addresses) whatever the workbook; a cell beyond it gets an address of its own.
 */
const SHARED_ROWS = 4_096;
const SHARED_COLS = 64;
const shared: (string | undefined)[][] = [];

/**
 * Builds the A1 address of a cell from its 1-based row and column.
 * @example cellAddress(5, 3) //=> 'C5'
 */
export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1) throw new RangeError(`row must be a positive integer, got ${row}`);
  if (row > SHARED_ROWS || col > SHARED_COLS) return `${columnLetter(col)}${row}`;
  const letter = columnLetter(col);
  const column = (shared[col] ??= new Array<string | undefined>(SHARED_ROWS + 1));
  return (column[row] ??= `${letter}${row}`);
}
