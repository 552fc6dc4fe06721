/** A unit's budget lines as the consolidation lines them up across units. */
import type { BudgetLineSum } from '../schema/consolidation';
import type { Report } from '../schema/report';
import { budgetPercentages } from './budgetPercentages';
import { foldBudgetLabel } from './foldBudgetLabel';

/**
 * The level-0 lines (totals such as *Toimintatuotot*, *Toimintakulut*, *Toimintakate*) of every budget
 * table, one per folded label: where a workbook has the same line twice (the table copied lower as
 * text, say) the first is taken, so a unit is never counted twice.
 * @example budgetLinesOf(buildReport({ fileName: null, sheets: [budgetBesideActions] }, opts)).map((l) => l.label) //=> ['Toimintatuotot', 'Toimintakulut', 'Toimintakate']
 */
export function budgetLinesOf(report: Report): BudgetLineSum[] {
  const seen = new Set<string>();
  const lines: BudgetLineSum[] = [];
  for (const table of report.budgetTables) {
    for (const row of table.rows) {
      const key = foldBudgetLabel(row.label);
      if (row.level !== 0 || key === '' || seen.has(key)) continue;
      seen.add(key);
      const amounts = { budget: row.budget, actual: row.actual, forecast: row.forecast };
      lines.push({ label: row.label.trim(), unit: table.unit?.trim() || null, ...amounts, ...budgetPercentages(amounts) });
    }
  }
  return lines;
}
