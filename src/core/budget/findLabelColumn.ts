/** Finds the column of a budget table's row labels ("Toimintatuotot", "Henkilöstökulut"). */
import { cellAt } from '../cellAt';
import type { Grid } from '../grid';
import { parseNumber } from '../numbers/parseNumber';
import { BODY_PROBE_ROWS, type BudgetHeader } from './budgetHeader';

/**
 * The column left of the amounts that holds the most text (not numbers) in the rows below the header;
 * the nearest wins a tie. Null when no column there holds any.
 * @example findLabelColumn(seed002BudgetTextGrid(), readBudgetHeader(seed002BudgetTextGrid(), 9)!) //=> 3 (column C)
 */
export function findLabelColumn(grid: Grid, header: BudgetHeader): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (let col = header.firstCol - 1; col >= grid.origin.col; col--) {
    let count = 0;
    for (let row = header.bodyStart; row < header.bodyStart + BODY_PROBE_ROWS; row++) {
      const v = cellAt(grid, row, col);
      if (typeof v === 'string' && parseNumber(v).kind === 'invalid') count++;
    }
    if (count > bestCount) {
      best = col;
      bestCount = count;
    }
  }
  return best;
}
