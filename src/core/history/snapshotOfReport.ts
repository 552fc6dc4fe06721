/** Today's report as a snapshot for the history sheet. */
import type { Report } from '../schema/report';
import type { Snapshot, SnapshotActions, SnapshotIndicators } from './snapshot';

/**
 * The report's counts; per action item in report order its sheet, row, number, action, status and whether it is
 * overdue; per indicator its sheet, row, text, verdict and latest value. Keys are left empty: they come from
 * matching with the earlier snapshot.
 * @example snapshotOfReport(report).actions.texts[0] //=> '1.a Perhekeskus…'
 */
export function snapshotOfReport(report: Pick<Report, 'asOf' | 'actionTables' | 'indicatorTables' | 'totals'>): Snapshot {
  return {
    asOf: report.asOf,
    total: report.totals.total,
    byStatus: report.totals.byStatus,
    actions: actionsOf(report.actionTables),
    indicators: indicatorsOf(report.indicatorTables ?? []),
  };
}

function actionsOf(tables: Report['actionTables']): SnapshotActions {
  const length = tables.reduce((sum, table) => sum + table.items.length, 0);
  const actions = {
    keys: new Array<string>(length).fill(''),
    sheets: new Array<string>(length),
    rows: new Int32Array(length),
    numbers: new Array<string | null>(length),
    texts: new Array<string>(length),
    statuses: new Array<SnapshotActions['statuses'][number]>(length),
    overdue: new Uint8Array(length),
  };
  let i = 0;
  for (const table of tables) {
    for (const item of table.items) {
      actions.sheets[i] = table.sheet;
      actions.rows[i] = item.row;
      actions.numbers[i] = item.number;
      actions.texts[i] = item.action;
      actions.statuses[i] = item.status;
      actions.overdue[i++] = item.overdue ? 1 : 0;
    }
  }
  return actions;
}

function indicatorsOf(tables: NonNullable<Report['indicatorTables']>): SnapshotIndicators {
  const items = tables.flatMap((table) => table.items.map((item) => ({ sheet: table.sheet, item })));
  return {
    keys: items.map(() => ''),
    sheets: items.map((i) => i.sheet),
    rows: Int32Array.from(items, (i) => i.item.row),
    texts: items.map((i) => i.item.indicator),
    verdicts: items.map((i) => i.item.verdict),
    latest: items.map((i) => i.item.latest?.value ?? null),
  };
}
