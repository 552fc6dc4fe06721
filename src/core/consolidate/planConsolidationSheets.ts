/** The consolidated workbook's sheets, in tab order. */
import type { CoreContext } from '../context';
import { getLocale } from '../locales/getLocale';
import { planPageSetup } from '../print/planPageSetup';
import type { Consolidation } from '../schema/consolidation';
import type { SheetPlan } from '../schema/sheetPlan';
import { planConsolidationSheet } from './planConsolidationSheet';
import { planIssueListSheet } from './planIssueListSheet';
import { planOverdueListSheet } from './planOverdueListSheet';

/**
 * *Koonti*, *Myöhässä* and *Huomiot* (in Swedish and English their own names), in the consolidation's language.
 * `linkOf` gives a unit file's path relative to the consolidated workbook, for Koonti's link to it (none: no link).
 * @example planConsolidationSheets(consolidation).map((p) => p.name) //=> ['Koonti', 'Myöhässä', 'Huomiot']
 */
export function planConsolidationSheets(consolidation: Consolidation, linkOf: (file: string) => string | null = () => null): SheetPlan[] {
  const locale = getLocale(consolidation.lang);
  const ctx = { asOf: consolidation.asOf, lang: consolidation.lang, locale };
  return [
    withPageSetup(planConsolidationSheet(consolidation, locale, linkOf), locale.consolidate.title, ctx),
    withPageSetup(planOverdueListSheet(consolidation, locale), locale.consolidate.overdueTitle, ctx),
    withPageSetup(planIssueListSheet(consolidation, locale), locale.consolidate.issuesTitle, ctx),
  ];
}

/** Prints as the report's own sheets do: A4, one page wide, the rows down to the header repeated on every page. */
function withPageSetup(plan: SheetPlan, title: string, ctx: CoreContext): SheetPlan {
  const titleRows = plan.freeze?.rows ?? 0;
  return { ...plan, pageSetup: planPageSetup({ title, columnWidths: plan.columnWidths ?? [], titleRows }, ctx) };
}
