/** Reads one row as a budget header: which of its cells name amount columns and computed columns. */
import { cellText } from '../cellText';
import type { CellValue, Grid } from '../grid';
import { memoize } from '../memo/memoize';
import type { BudgetColumn, BudgetComparison } from '../schema/report';
import type { BudgetHeader, HeaderColumn } from './budgetHeader';
import { budgetVocabulary } from './budgetVocabulary';
import { classifyBudgetHeader } from './classifyBudgetHeader';
import { namesTwoAmountColumns } from './namesTwoAmountColumns';

/** Header cells are short; long text (an action's description) is never one and is not worth reading. */
const MAX_HEADER_LENGTH = 80;

/** Every row of every sheet is tried as a header, and the same statuses and words repeat on every row. */
const classifyHeaderText = memoize((value: string) => {
  const header = cellText(value);
  return header === '' ? null : classifyBudgetHeader(header, budgetVocabulary());
});

const isHeaderCandidate = (value: CellValue | undefined): value is string => typeof value === 'string' && value.length <= MAX_HEADER_LENGTH;

/**
 * The row's header cells when it names two amount columns (`namesTwoAmountColumns`), else null.
 * A repeated role (two budgets of different years) keeps its first column; the second is left unread.
 * @example readBudgetHeaderRow(seed002BudgetGrid(), 3)?.amounts.get('actual') //=> { col: 3, header: 'Toteuma Utfall 1-6/2023' }
 */
export function readBudgetHeaderRow(grid: Grid, row: number): BudgetHeader | null {
  const cells = grid.values[row - grid.origin.row] ?? [];
  if (!mayNameTwoAmounts(cells)) return null;
  const amounts = new Map<BudgetColumn, HeaderColumn>();
  const computed = new Map<BudgetComparison, HeaderColumn>();
  let firstCol = Number.POSITIVE_INFINITY;
  let lastCol = 0;
  cells.forEach((value, i) => {
    if (!isHeaderCandidate(value)) return;
    const kind = classifyHeaderText(value);
    if (!kind) return;
    const column = { col: grid.origin.col + i, header: cellText(value) };
    if (kind.kind === 'amount') {
      if (amounts.has(kind.column)) return;
      amounts.set(kind.column, column);
    } else if (kind.comparison !== null && !computed.has(kind.comparison)) {
      computed.set(kind.comparison, column);
    }
    firstCol = Math.min(firstCol, column.col);
    lastCol = Math.max(lastCol, column.col);
  });
  return namesTwoAmountColumns(amounts) ? { row, amounts, computed, firstCol, lastCol, bodyStart: row + 1 } : null;
}

/**
 * False when the row cannot name two amount columns even if every text not classified yet named one.
 * Texts seen before (statuses, owners, targets) count as they were classified; the row's new texts (an
 * action's own) are classified only when they could still make two, so an action row classifies none.
 */
function mayNameTwoAmounts(cells: readonly CellValue[]): boolean {
  let possible = 0;
  for (const value of cells) {
    if (!isHeaderCandidate(value)) continue;
    const kind = classifyHeaderText.peek(value);
    if (kind === undefined || kind?.kind === 'amount') possible += 1;
    if (possible >= 2) return true;
  }
  return false;
}
