/** The few lines the CLI prints about a report: counts by status, overdue, issues by severity. */
import { CANONICAL_STATUSES, formatMessage, type Locale, type Report, type Severity } from '../core';

/**
 * Statuses with no items are left out, so the lines stay short.
 * @example formatReportSummary(report, fi)
 * //=> ['seuranta.xlsx, tilanne 2024-06-30', 'Toimenpiteitä: 112 (7 taulukossa)', '  Toteutunut: 61', …,
 * //    'Myöhässä: 4', 'Huomiot: virheitä 0, varoituksia 9, tiedoksi 2']
 */
export function formatReportSummary(report: Report, locale: Locale): string[] {
  const cli = locale.cli;
  const lines = [
    formatMessage(cli.summaryTitle, { file: report.source ?? '', asOf: report.asOf }),
    formatMessage(cli.summaryActions, { total: report.totals.total, tables: report.actionTables.length }),
  ];
  for (const status of CANONICAL_STATUSES) {
    const count = report.totals.byStatus[status] ?? 0;
    if (count > 0) lines.push(formatMessage(cli.summaryStatus, { label: locale.statusLabels[status], count }));
  }
  const overdue = report.actionTables.reduce((n, t) => n + t.items.filter((i) => i.overdue).length, 0);
  lines.push(formatMessage(cli.summaryOverdue, { count: overdue }));
  if (report.budgetTables.length > 0) lines.push(formatMessage(cli.summaryBudgets, { count: report.budgetTables.length }));
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of report.issues) bySeverity[issue.severity]++;
  lines.push(formatMessage(cli.summaryIssues, bySeverity));
  return lines;
}
