import { cellAt } from './cellAt';
import { generatedKindOf, GENERATED_MARKER_CELL } from './generated/generatedMarker';
import type { Grid } from './grid';

/**
 * True when the grid is a sheet the tool generated (recognised by its marker, not its name).
 * @example isGeneratedGrid(summaryGrid) //=> true
 */
export function isGeneratedGrid(grid: Grid): boolean {
  const m = GENERATED_MARKER_CELL;
  return generatedKindOf(cellAt(grid, m.row, m.col)) !== null;
}
