/** Finds where the budget tables of a sheet are and reads their cells, before any check. */
import type { Grid } from '../grid';
import type { BudgetColumn } from '../schema/report';
import { BUDGET_COLUMNS } from '../schema/vocabulary';
import type { BudgetHeader } from './budgetHeader';
import { findLabelColumn } from './findLabelColumn';
import { readBudgetBody, type BudgetLine } from './readBudgetBody';
import { readBudgetHeader } from './readBudgetHeader';

export interface BudgetTableLayout {
  readonly header: BudgetHeader;
  /** The amount columns the table has, in the contract's order. */
  readonly columns: readonly BudgetColumn[];
  readonly labelCol: number | null;
  readonly lines: readonly BudgetLine[];
  /** Row of the last line. */
  readonly bottom: number;
}

/**
 * Every budget table on the sheet, top to bottom: a header (`readBudgetHeader`) with at least one line
 * under it (`readBudgetBody`), its label column (`findLabelColumn`). The search goes on below each table.
 * @example locateBudgetTables(seed002BudgetGrid()).map((t) => [t.header.row, t.bottom]) //=> [[3, 15]]
 */
export function locateBudgetTables(grid: Grid): BudgetTableLayout[] {
  const layouts: BudgetTableLayout[] = [];
  const lastRow = grid.origin.row + grid.values.length - 1;
  for (let row = grid.origin.row; row <= lastRow; row++) {
    const header = readBudgetHeader(grid, row);
    if (!header) continue;
    const columns = BUDGET_COLUMNS.filter((c) => header.amounts.has(c));
    const labelCol = findLabelColumn(grid, header);
    const { lines, bottom } = readBudgetBody(grid, header, columns, labelCol);
    if (lines.length === 0) continue;
    layouts.push({ header, columns, labelCol, lines, bottom });
    row = bottom;
  }
  return layouts;
}
