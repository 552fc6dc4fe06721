/** The consolidated workbook's sheets, in tab order. */
import { getLocale } from '../locales/getLocale';
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
  return [
    planConsolidationSheet(consolidation, locale, linkOf),
    planOverdueListSheet(consolidation, locale),
    planIssueListSheet(consolidation, locale),
  ];
}
