/** Tells the tool's history sheet from every other sheet, by its marker alone. */
import { cellAt } from '../cellAt';
import { generatedKindOf, GENERATED_MARKER_CELL } from '../generated/generatedMarker';
import type { Grid } from '../grid';

/**
 * True for the sheet the tool keeps its history on; a user's sheet called *Seurantahistoria* has no marker.
 * @example isHistoryGrid({ sheet: 'Seurantahistoria', origin: { row: 1, col: 52 }, values: [['seuranta:generated:history']], tables: [] }) //=> true
 */
export function isHistoryGrid(grid: Grid): boolean {
  const m = GENERATED_MARKER_CELL;
  return generatedKindOf(cellAt(grid, m.row, m.col)) === 'history';
}
