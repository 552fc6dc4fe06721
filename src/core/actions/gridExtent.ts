/** The last row and column a grid holds, for readers that walk it. */
import type { Grid } from '../grid';

export interface GridExtent {
  lastRow: number;
  lastCol: number;
}

/**
 * The 1-based last row and column of the grid's values (rows may be ragged).
 * @example gridExtent({ sheet: 'S', origin: { row: 5, col: 3 }, values: [['a', 'b'], ['c']], tables: [] }) //=> { lastRow: 6, lastCol: 4 }
 */
export function gridExtent(grid: Grid): GridExtent {
  let width = 0;
  for (const r of grid.values) width = Math.max(width, r.length);
  return { lastRow: grid.origin.row + grid.values.length - 1, lastCol: grid.origin.col + Math.max(width, 1) - 1 };
}
