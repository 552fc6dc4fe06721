/** Finds every action table on a sheet, in every layout managers keep them: rows, Excel tables, cards. */
import type { CellRange } from '../a1/parseRange';
import { parseRange } from '../a1/parseRange';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import type { ActionTable, Issue } from '../schema/report';
import { findHeaderRows } from './findHeaderRows';
import { gridExtent } from './gridExtent';
import { readCards } from './readCards';
import { readExcelTable } from './readExcelTable';
import { readRowTable } from './readRowTable';
import { readTableTitle } from './readTableTitle';

/** Empty rows in a row that end a plain table (the seeds leave one or two between blocks). */
const END_GAP = 3;

/**
 * Reads a sheet's action tables. Excel tables (ListObjects) first, by their own headers; then header
 * rows anywhere on the sheet (not only A1; `grid.origin` may be anywhere), each read down by
 * `readRowTable`; then key/value cards in what is left. `exclude` holds ranges already taken (the
 * budget tables): nothing inside them starts or continues an action table. Detection raises no
 * issues of its own; the validator judges the tables. Never throws on odd data.
 * @example findActionTables(seed000Workbook().sheets[0], ctx, []).tables[0]?.chair //=> 'Anna-Liisa Koivisto'
 */
export function findActionTables(grid: Grid, ctx: CoreContext, exclude: readonly CellRange[]): { tables: ActionTable[]; issues: Issue[] } {
  const tables: ActionTable[] = [];
  const taken: CellRange[] = [...exclude];

  for (const excelTable of grid.tables) {
    const table = readExcelTable(grid, excelTable, ctx, taken);
    const range = parseRange(excelTable.range);
    if (table) tables.push(table);
    // Any Excel table is its own: a budget ListObject is never part of an action table.
    if (range) taken.push(range);
  }

  const { lastRow, lastCol } = gridExtent(grid);
  for (let r = grid.origin.row; r <= lastRow; r++) {
    for (const header of findHeaderRows(grid, r, grid.origin.col, lastCol, taken)) {
      // A title is looked for only below whatever was read above it in the same columns.
      const floor = taken
        .filter((t) => t.left <= header.right && t.right >= header.left && t.bottom < r)
        .reduce((m, t) => Math.max(m, t.bottom + 1), grid.origin.row);
      const { title, chair } = readTableTitle(grid, r, header.left, header.right, floor);
      const table = readRowTable(grid, header, ctx, {
        layout: 'rows',
        excelTable: null,
        lastRow,
        endGap: END_GAP,
        exclude: taken,
        title,
        chair,
      });
      tables.push(table);
      const range = parseRange(table.range);
      if (range) taken.push(range);
    }
  }

  tables.push(...readCards(grid, ctx, taken));
  return { tables, issues: [] };
}
