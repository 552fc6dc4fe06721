/** Where the row labels of a sheet's budget tables stand, for a host that reads their indents. */
import { rangeAddress } from '../a1/rangeAddress';
import type { Grid } from '../grid';
import { locateBudgetTables } from './locateBudgetTables';

/**
 * For each budget table on the sheet, the A1 range of its label column from the header to the last line:
 * the cells whose indent levels tell totals from subrows. Found as `findBudgetTables` finds the tables
 * (every language's words, no date or language needed), so a host reads exactly the cells the core will ask about.
 * @example budgetLabelColumns(seed002BudgetTextGrid()) //=> ['C9:C21']
 */
export function budgetLabelColumns(grid: Grid): string[] {
  return locateBudgetTables(grid).flatMap(({ header, labelCol, bottom }) =>
    labelCol === null ? [] : [rangeAddress({ top: header.row, left: labelCol, bottom, right: labelCol })],
  );
}
