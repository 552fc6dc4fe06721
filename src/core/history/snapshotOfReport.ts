/** Today's report as a snapshot for the history sheet. */
import type { Report } from '../schema/report';
import type { Snapshot } from './snapshot';

/**
 * The report's counts; per action item in report order its sheet, row, number, action, status and whether it is
 * overdue; per indicator its sheet, row, text, verdict and latest value. Keys are left empty: they come from
 * matching with the earlier snapshot.
 * @example snapshotOfReport(report).items[0] //=> { key: '', sheet: 'Lasten ja nuorten palvelut', row: 5, number: '1.a', action: '1.a Perhekeskus…', status: 'done', overdue: false }
 */
export function snapshotOfReport(report: Pick<Report, 'asOf' | 'actionTables' | 'indicatorTables' | 'totals'>): Snapshot {
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
  const indicators = (report.indicatorTables ?? []).flatMap((table) =>
    table.items.map((item) => ({
      key: '',
      sheet: table.sheet,
      row: item.row,
      indicator: item.indicator,
      verdict: item.verdict,
      latest: item.latest?.value ?? null,
    })),
  );
  return { asOf: report.asOf, total: report.totals.total, byStatus: report.totals.byStatus, items, indicators };
}
