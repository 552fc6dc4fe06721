/** The workbook's history, as its history sheet holds it. */
import type { Grid } from '../grid';
import { emptyHistoryRows } from './emptyHistoryRows';
import { isHistoryGrid } from './isHistoryGrid';
import { readHistoryGrid } from './readHistoryGrid';
import type { History } from './snapshot';

/**
 * The history sheet among the workbook's grids read back (by its marker, whatever its name), or an empty history when
 * the workbook has none: a user who deleted the sheet starts a new one.
 * @example readHistory(workbook.sheets).counts.map((c) => c.asOf) //=> ['2024-03-31']
 */
export function readHistory(sheets: readonly Grid[]): History {
  const grid = sheets.find(isHistoryGrid);
  return grid ? readHistoryGrid(grid) : { counts: [], actions: emptyHistoryRows(0), indicators: emptyHistoryRows(0) };
}
