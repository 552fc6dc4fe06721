/** *Huomiot*: every issue of every unit, with the file, sheet and cell it points at. */
import type { Locale } from '../locales/locale';
import { OVERDUE_FLAG } from '../palette';
import type { Consolidation } from '../schema/consolidation';
import type { PlanFormat, SheetPlan } from '../schema/sheetPlan';
import { LIST_HEADER_ROW, planListSheet } from './planListSheet';

/**
 * One row per issue, all units, in the order of the files and as each report lists them: file, unit,
 * sheet, cell, severity (errors in red) and the message in the run's language.
 * @example planIssueListSheet(consolidation, fi).values[4]?.slice(4) //=> ['Virhe', "Tuntematon tila 'Ehkä'."]
 */
export function planIssueListSheet(consolidation: Consolidation, locale: Locale): SheetPlan {
  const c = locale.consolidate;
  const entries = consolidation.workbooks.flatMap((w) => w.issueList.map((issue) => ({ unit: w.unit, issue })));
  const cellFormats: PlanFormat[] = [];
  entries.forEach(({ issue }, i) => {
    if (issue.severity === 'error') cellFormats.push({ range: `E${LIST_HEADER_ROW + 1 + i}`, bold: true, fontColor: OVERDUE_FLAG.fill });
  });
  return planListSheet({
    kind: 'consolidationIssues',
    name: c.issuesSheetName,
    tableName: locale.print.tableNames.issues,
    title: c.issuesTitle,
    asOfLabel: c.asOf,
    asOf: consolidation.asOf,
    headers: [c.fileColumn, c.unitColumn, c.sheetColumn, c.cellColumn, c.severityColumn, c.messageColumn],
    widths: [30, 22, 22, 8, 12, 80],
    rows: entries.map(({ unit, issue }) => [issue.file, unit, issue.sheet, issue.cell, c.severity[issue.severity], issue.message]),
    empty: c.noIssues,
    columnFormats: { 6: { wrap: true } },
    cellFormats,
  });
}
