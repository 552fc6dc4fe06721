/** The core's one entry for writing: the report in, the sheets to generate out. */
import type { CoreContext } from './context';
import { getLocale } from './locales/getLocale';
import type { Report } from './schema/report';
import type { SheetKind, SheetPlan } from './schema/sheetPlan';
import { planSummarySheet } from './summary/planSummarySheet';
import { planBudgetSheet } from './budget/planBudgetSheet';

/**
 * The generated sheets for a report: the summary always (it explains an empty workbook too), the
 * budget comparison where budget tables were found. `kinds` limits them (one button, one sheet).
 * @example planSheets(report, ['summary']).map((p) => p.name) //=> ['Yhteenveto']
 */
export function planSheets(report: Report, kinds: readonly SheetKind[] = ['summary', 'budget']): SheetPlan[] {
  const ctx: CoreContext = { asOf: report.asOf, lang: report.lang, locale: getLocale(report.lang) };
  const plans: SheetPlan[] = [];
  if (kinds.includes('summary')) plans.push(planSummarySheet(report, ctx));
  if (kinds.includes('budget')) {
    const budget = planBudgetSheet(report, ctx);
    if (budget) plans.push(budget);
  }
  return plans;
}
