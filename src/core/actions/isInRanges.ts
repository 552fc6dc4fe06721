/** Tells whether a cell lies in any of some ranges (tables already read, the budget tables). */
import type { CellRange } from '../a1/parseRange';

/**
 * True when the 1-based cell lies inside one of the ranges.
 * @example isInRanges(5, 3, [{ top: 4, left: 2, bottom: 9, right: 6 }]) //=> true
 */
export function isInRanges(row: number, col: number, ranges: readonly CellRange[]): boolean {
  // A plain loop: this runs on every cell of every row.
  for (const r of ranges) if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return true;
  return false;
}
