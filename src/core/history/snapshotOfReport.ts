/** Today's report as a snapshot for the history sheet. */
import type { Report } from '../schema/report';
import type { Snapshot } from './snapshot';

/**
 * The report's counts and, per action item in report order, its sheet, row, number, action, status and
 * whether it is overdue. Keys are left empty: they come from matching with the earlier snapshot.
 * @example snapshotOfReport(report).items[0] //=> { key: '', sheet: 'Lasten ja nuorten palvelut', row: 5, number: '1.a', action: '1.a Perhekeskus…', status: 'done', overdue: false }
 */
export function snapshotOfReport(report: Pick<Report, 'asOf' | 'actionTables' | 'totals'>): Snapshot {
  const items = report.actionTables.flatMap((table) =>
    table.items.map((item) => ({
      key: '',
      sheet: table.sheet,
      row: item.row,
      number: item.number,
      action: item.action,
      status: item.status,
      overdue: item.overdue,
    })),
  );
  return { asOf: report.asOf, total: report.totals.total, byStatus: report.totals.byStatus, items };
}
