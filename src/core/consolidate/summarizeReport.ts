/** One unit's workbook as the consolidation sees it: its counts, its overdue actions, its issues, its budget lines. */
import type { FileIssue, IssueCounts, OverdueAction, UnitChanges, WorkbookSummary } from '../schema/consolidation';
import type { ActionItem, ActionTable, Report } from '../schema/report';
import { budgetLinesOf } from './budgetLinesOf';
import { indicatorCountsOf } from './indicatorCountsOf';
import { unitNameOf } from './unitNameOf';

/**
 * Keeps of a report only what the consolidation shows, so a worker sends back a few kilobytes, not the
 * report: totals as the report counted them, every overdue action with its cell, every issue, the
 * level-0 budget lines, the indicator verdicts when the report has them, and what moved since the earlier report in the
 * workbook's history. The unit is named by the workbook's
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
    changes: unitChangesOf(report),
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

/** The report's changes counted, as Koonti shows them beside the unit's figures. */
function unitChangesOf(report: Report): UnitChanges | null {
  const changes = report.changes;
  if (!changes) return null;
  return {
    since: changes.since,
    byStatusDelta: { ...changes.byStatusDelta },
    newlyDone: changes.items.filter((i) => i.to === 'done').length,
    newlyOverdue: changes.newlyOverdue.length,
    added: changes.added.length,
    dropped: changes.dropped.length,
  };
}

function issueCountsOf(issues: readonly FileIssue[]): IssueCounts {
  const counts: IssueCounts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
