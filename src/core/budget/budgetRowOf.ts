/** A budget line as the report gives it: its amounts, level and comparisons rounded for reading. */
import type { BudgetComparison, BudgetRow } from '../schema/report';
import type { BudgetLine } from './readBudgetBody';

const oneDecimal = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);
/** Drops the float dust of a subtraction (936.0000000001) without rounding real decimals away. */
const noDust = (n: number | null): number | null => (n === null ? null : Math.round(n * 1e6) / 1e6);

/**
 * The report's row for a line: percentages to one decimal (the checks used them unrounded), the frame
 * difference as it is.
 * @example budgetRowOf(incomeLine, 0, compareBudgetAmounts(incomeLine.values), false).actualVsBudgetPct //=> 50.5
 */
export function budgetRowOf(
  line: BudgetLine,
  level: number,
  comparisons: Readonly<Record<BudgetComparison, number | null>>,
  overPace: boolean,
): BudgetRow {
  return {
    row: line.row,
    label: line.label,
    level,
    ...line.values,
    actualVsBudgetPct: oneDecimal(comparisons.actualVsBudgetPct),
    forecastVsBudgetPct: oneDecimal(comparisons.forecastVsBudgetPct),
    proposalVsBudgetPct: oneDecimal(comparisons.proposalVsBudgetPct),
    proposalVsForecastPct: oneDecimal(comparisons.proposalVsForecastPct),
    proposalMinusFrame: noDust(comparisons.proposalMinusFrame),
    overPace,
  };
}
