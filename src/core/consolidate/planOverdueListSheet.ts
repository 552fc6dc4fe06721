/** *Myöhässä*: every overdue action of every unit, with the file, sheet and cell it is in. */
import type { Locale } from '../locales/locale';
import { OVERDUE_FLAG } from '../palette';
import { isoToExcelSerial } from '../schedule/isoToExcelSerial';
import type { Consolidation } from '../schema/consolidation';
import type { SheetPlan } from '../schema/sheetPlan';
import { planListSheet } from './planListSheet';

/**
 * One row per overdue action, all units, in the order of the files: file, unit, sheet, cell, action,
 * owner and the date its schedule ended (a date the office can sort on).
 * @example planOverdueListSheet(consolidation, fi).values[4]?.slice(0, 4) //=> ['pori.xlsx', 'pori', 'Kotihoito', 'D7']
 */
export function planOverdueListSheet(consolidation: Consolidation, locale: Locale): SheetPlan {
  const c = locale.consolidate;
  const rows = consolidation.workbooks.flatMap((w) =>
    w.overdueActions.map((a) => [
      a.file,
      w.unit,
      a.sheet,
      a.cell,
      a.action,
      a.owner,
      a.schedule?.end ? isoToExcelSerial(a.schedule.end) : null,
    ]),
  );
  return planListSheet({
    kind: 'consolidationOverdue',
    name: c.overdueSheetName,
    tableName: locale.print.tableNames.overdue,
    title: c.overdueTitle,
    asOfLabel: c.asOf,
    asOf: consolidation.asOf,
    headers: [c.fileColumn, c.unitColumn, c.sheetColumn, c.cellColumn, c.actionColumn, c.ownerColumn, c.scheduleEndColumn],
    widths: [30, 22, 22, 8, 60, 24, 14],
    rows,
    empty: c.noOverdue,
    columnFormats: {
      5: { wrap: true },
      7: { numberFormat: 'd.m.yyyy', fill: OVERDUE_FLAG.fill, fontColor: OVERDUE_FLAG.fontColor },
    },
  });
}
