/** Reads one cell of a grid by its absolute Excel position, where grids have gaps. */
import type { CellValue, Grid } from './grid';

/**
 * The value at 1-based Excel row/col, or null when outside the read area or empty.
 * @example cellAt({ sheet: 'S', origin: { row: 3, col: 2 }, values: [['Toimenpide']], tables: [] }, 3, 2) //=> 'Toimenpide'
 */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.origin.row];
  if (!r) return null;
  const v = r[col - grid.origin.col];
  return v === undefined ? null : v;
}
