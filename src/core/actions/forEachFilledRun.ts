/** Walks the runs of adjacent filled cells on a row: where tables' headers can stand. */
import type { CellRange } from '../a1/parseRange';
import { cellAt } from '../cellAt';
import type { Grid } from '../grid';
import { isFilled } from './isFilled';
import { isInRanges } from './isInRanges';

/**
 * Calls `visit(left, right)` for each run of adjacent filled cells of `row` between `firstCol` and `lastCol`, left to
 * right. Cells in `exclude` (tables read before) count as empty, so a table beside another is a run of its own.
 * @example // row 4: 'Toimenpide | Tavoite | (empty) | Mittari | Tavoitetaso'
 * forEachFilledRun(grid, 4, 1, 5, [], (left, right) => runs.push([left, right])) // runs: [[1, 2], [4, 5]]
 */
export function forEachFilledRun(
  grid: Grid,
  row: number,
  firstCol: number,
  lastCol: number,
  exclude: readonly CellRange[],
  visit: (left: number, right: number) => void,
): void {
  let col = firstCol;
  while (col <= lastCol) {
    if (!filledOutside(grid, row, col, exclude)) {
      col += 1;
      continue;
    }
    const left = col;
    while (col + 1 <= lastCol && filledOutside(grid, row, col + 1, exclude)) col += 1;
    visit(left, col);
    col += 1;
  }
}

/** A cell of the row that has something in it and belongs to no table read before. */
function filledOutside(grid: Grid, row: number, col: number, exclude: readonly CellRange[]): boolean {
  return !isInRanges(row, col, exclude) && isFilled(cellAt(grid, row, col));
}
