/** One unit's workbook as the consolidation sees it: its counts, its overdue actions, its issues, its budget lines. */
import type { FileIssue, IssueCounts, OverdueAction, WorkbookSummary } from '../schema/consolidation';
import type { ActionItem, ActionTable, Report } from '../schema/report';
import { budgetLinesOf } from './budgetLinesOf';
import { indicatorCountsOf } from './indicatorCountsOf';
import { unitNameOf } from './unitNameOf';

/**
 * Keeps of a report only what the consolidation shows, so a worker sends back a few kilobytes, not the
 * report: totals as the report counted them, every overdue action with its cell, every issue, the
 * level-0 budget lines, and the indicator verdicts when the report has them. The unit is named by the workbook's
 * `title` where it has one, else by its file (`unitNameOf`).
 * @example summarizeReport(buildReport(problemsWorkbook(), { asOf: '2022-06-30', lang: 'fi' }), 'Työhyvinvointi.xlsx').issues //=> { error: 1, warning: 6, info: 2 }
 */
export function summarizeReport(report: Report, file: string, title: string | null = null): WorkbookSummary {
  const overdueActions = report.actionTables.flatMap((table) =>
    table.items.filter((item) => item.overdue).map((item) => overdueActionOf(file, table, item)),
  );
  const issueList: FileIssue[] = report.issues.map((i) => ({ file, ...i }));
  const indicators = indicatorCountsOf(report);
  return {
    file,
    unit: unitNameOf(file, title),
    ok: true,
    reason: null,
    totals: { total: report.totals.total, byStatus: { ...report.totals.byStatus } },
    overdue: overdueActions.length,
    issues: issueCountsOf(issueList),
    budget: report.budgetTables.length === 0 ? null : budgetLinesOf(report),
    ...(indicators ? { indicators } : {}),
    overdueActions,
    issueList,
  };
}

function overdueActionOf(file: string, table: ActionTable, item: ActionItem): OverdueAction {
  return {
    file,
    sheet: table.sheet,
    cell: item.cells.status ?? item.cells.action ?? `${table.columns.status ?? table.columns.action ?? 'A'}${item.row}`,
    action: item.action,
    // A table without an owner column names its chair as the owner of every action.
    owner: item.owner?.trim() || (table.columns.owner ? null : table.chair?.trim()) || null,
    schedule: item.schedule,
  };
}

function issueCountsOf(issues: readonly FileIssue[]): IssueCounts {
  const counts: IssueCounts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
