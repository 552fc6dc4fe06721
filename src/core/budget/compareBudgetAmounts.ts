/** The five comparisons of the report contract for one budget row. */
import type { BudgetColumn, BudgetComparison } from '../schema/report';

/**
 * Percentages of like with like (costs are negative, so a cost over a cost gives a positive ratio) and the
 * proposal minus the frame. Unrounded: callers round for display and compare against the sheet's own figures.
 * A comparison is null when an input is missing or its base is 0.
 * @example compareBudgetAmounts({ budget: 30842, actual: 15575, forecast: 32701, proposal: 31738, frame: 30802 }).proposalMinusFrame //=> 936
 */
export function compareBudgetAmounts(v: Readonly<Record<BudgetColumn, number | null>>): Record<BudgetComparison, number | null> {
  const pct = (a: number | null, base: number | null): number | null =>
    a === null || base === null || base === 0 ? null : (a / base) * 100;
  return {
    actualVsBudgetPct: pct(v.actual, v.budget),
    forecastVsBudgetPct: pct(v.forecast, v.budget),
    proposalVsBudgetPct: pct(v.proposal, v.budget),
    proposalVsForecastPct: pct(v.proposal, v.forecast),
    proposalMinusFrame: v.proposal === null || v.frame === null ? null : v.proposal - v.frame,
  };
}
