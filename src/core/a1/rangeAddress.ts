/** Corners to an A1 range. */
import { cellAddress } from './cellAddress';
import type { CellRange } from './parseRange';

/**
 * Builds the A1 text of a range; a single cell gives a single address.
 * @example rangeAddress({ top: 3, left: 2, bottom: 20, right: 6 }) //=> 'B3:F20'
 */
export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}
