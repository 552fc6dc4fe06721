/** Finds every indicator table on a sheet: Excel tables by their own headers, then header rows anywhere. */
import type { CellRange } from '../a1/parseRange';
import { parseRange } from '../a1/parseRange';
import { gridExtent } from '../actions/gridExtent';
import { isInRanges } from '../actions/isInRanges';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import type { IndicatorTable, Issue } from '../schema/report';
import { findIndicatorHeaders } from './findIndicatorHeaders';
import { readIndicatorTable } from './readIndicatorTable';

/** Empty rows in a row that end a plain table, as for action tables. */
const END_GAP = 3;

/** Excel tables whose header row is an indicator header, each read to its own bottom row. */
function readExcelTables(grid: Grid, ctx: CoreContext, taken: CellRange[], out: { tables: IndicatorTable[]; issues: Issue[] }): void {
  const { lastRow } = gridExtent(grid);
  for (const excelTable of grid.tables) {
    const range = parseRange(excelTable.range);
    if (!range || !excelTable.showHeaders || isInRanges(range.top, range.left, taken)) continue;
    const header = findIndicatorHeaders(grid, range.top, range.left, range.right, taken).find((h) => h.left === range.left);
    if (!header) continue;
    const read = readIndicatorTable(grid, { ...header, right: range.right }, ctx, {
      excelTable: excelTable.name,
      lastRow: Math.min(range.bottom, lastRow),
      endGap: Number.POSITIVE_INFINITY,
      exclude: taken,
    });
    out.tables.push(read.table);
    out.issues.push(...read.issues);
    taken.push(range);
  }
}

/**
 * The sheet's indicator tables and the issues at their cells. A header names an indicator column and a target
 * column (and no action column); `exclude` holds ranges already taken (budget tables). Never throws.
 * @example findIndicatorTables(seed002IndicatorGrid, ctx, []).tables[0]?.range //=> 'B3:G14'
 */
export function findIndicatorTables(
  grid: Grid,
  ctx: CoreContext,
  exclude: readonly CellRange[],
): { tables: IndicatorTable[]; issues: Issue[] } {
  const out = { tables: [] as IndicatorTable[], issues: [] as Issue[] };
  const taken: CellRange[] = [...exclude];
  readExcelTables(grid, ctx, taken, out);
  const { lastRow, lastCol } = gridExtent(grid);
  for (let r = grid.origin.row; r <= lastRow; r++) {
    for (const header of findIndicatorHeaders(grid, r, grid.origin.col, lastCol, taken)) {
      const read = readIndicatorTable(grid, header, ctx, { excelTable: null, lastRow, endGap: END_GAP, exclude: taken });
      out.tables.push(read.table);
      out.issues.push(...read.issues);
      const range = parseRange(read.table.range);
      if (range) taken.push(range);
    }
  }
  return out;
}
