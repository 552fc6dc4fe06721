/** The finance office's two percentages of a budget line, recomputed from its amounts. */

/**
 * TOT vs TA % and ENN vs TA %, to one decimal as the report rounds them; null where an amount is missing or the budget is 0.
 * @example budgetPercentages({ budget: 30842, actual: 15575, forecast: 32701 }) //=> { actualVsBudgetPct: 50.5, forecastVsBudgetPct: 106 }
 */
export function budgetPercentages(v: { budget: number | null; actual: number | null; forecast: number | null }): {
  actualVsBudgetPct: number | null;
  forecastVsBudgetPct: number | null;
} {
  const pct = (a: number | null): number | null =>
    a === null || v.budget === null || v.budget === 0 ? null : Math.round((a / v.budget) * 1000) / 10;
  return { actualVsBudgetPct: pct(v.actual), forecastVsBudgetPct: pct(v.forecast) };
}
