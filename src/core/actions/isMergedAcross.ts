/** Tells a section row merged across its table ("Tavoite 1: …" over every column). */
import { parseRange } from '../a1/parseRange';
import type { Grid } from '../grid';

/**
 * True when a merged area of the sheet starts at (row, left) and spans at least two of the table's
 * columns up to `right`.
 * @example isMergedAcross({ sheet: 'S', origin: { row: 1, col: 1 }, values: [], tables: [], merges: ['A5:C5'] }, 5, 1, 3) //=> true
 */
export function isMergedAcross(grid: Grid, row: number, left: number, right: number): boolean {
  for (const a1 of grid.merges ?? []) {
    const r = parseRange(a1);
    if (r && r.top <= row && r.bottom >= row && r.left <= left && r.right > left && r.right <= right + 1) return true;
  }
  return false;
}
