/** Reads an Excel table (ListObject) as an action table, by its own header names. */
import type { CellRange } from '../a1/parseRange';
import { parseRange } from '../a1/parseRange';
import { cellAt } from '../cellAt';
import type { CoreContext } from '../context';
import type { ExcelTable, Grid } from '../grid';
import type { ActionTable } from '../schema/report';
import { gridExtent } from './gridExtent';
import type { HeaderRow } from './headerRow';
import { isInRanges } from './isInRanges';
import { matchHeaderRole } from './matchHeaderRole';
import { readRowTable } from './readRowTable';
import { readTableTitle } from './readTableTitle';

/**
 * The Excel table as an action table (layout `excelTable`), or null when its headers name no action
 * column (a budget or other table), it shows no header row to read roles from, or it lies in `exclude`.
 * Its rows are read with the rules of plain tables, but it ends where Excel says it ends.
 * @example // B3:F8 headed 'Nro | Toimenpide | Vastuuhenkilö | Aikataulu | Tila'
 * readExcelTable(grid, { name: 'Toimenpiteet', range: 'B3:F8', showHeaders: true }, ctx, [])?.columns //=> { number: 'B', action: 'C', owner: 'D', schedule: 'E', status: 'F' }
 */
export function readExcelTable(grid: Grid, table: ExcelTable, ctx: CoreContext, exclude: readonly CellRange[]): ActionTable | null {
  const range = parseRange(table.range);
  if (!range || !table.showHeaders || isInRanges(range.top, range.left, exclude)) return null;
  const header: HeaderRow = { row: range.top, left: range.left, right: range.right, columns: {}, sectionCol: null, category: null };
  for (let c = range.left; c <= range.right; c++) {
    const match = matchHeaderRole(cellAt(grid, range.top, c));
    if (!match) continue;
    if (match.role === 'section') header.sectionCol ??= c;
    else if (header.columns[match.role] === undefined) {
      header.columns[match.role] = c;
      if (match.role === 'action') header.category = match.category;
    }
  }
  if (header.columns.action === undefined) return null;
  const { title, chair } = readTableTitle(grid, range.top, range.left, range.right, grid.origin.row);
  return readRowTable(grid, header, ctx, {
    layout: 'excelTable',
    excelTable: table.name,
    // A table may claim rows past what the host read; nothing is there to walk.
    lastRow: Math.min(range.bottom, gridExtent(grid).lastRow),
    endGap: Number.POSITIVE_INFINITY,
    exclude,
    title,
    chair,
  });
}
