/** The history sheet as a plan: a table the tool owns in the workbook, written whole like every generated sheet. */
import { rangeAddress } from '../a1/rangeAddress';
import type { CoreContext } from '../context';
import { HEADING_FILL } from '../palette';
import { planPageSetup } from '../print/planPageSetup';
import { planTable } from '../print/planTable';
import { isoToExcelSerial } from '../schedule/isoToExcelSerial';
import { CANONICAL_STATUSES } from '../schema/report';
import type { PlanFormat, PlanTable, PlanValue, SheetPlan } from '../schema/sheetPlan';
import { COUNTS_HEADER_ROW, INDICATOR_COLUMNS_START } from './historyLayout';
import type { Snapshot } from './snapshot';

const DATE_FORMAT = 'd.m.yyyy';
const COLUMN_WIDTHS = [14, 10, 24, 8, 10, 56, 16, 14, 11, 12, 12];

/**
 * Title and note; under the counts header one row per snapshot (as-of date, total, a count per status); then
 * under the items header one row per snapshot and item: date, key, sheet, row, number, action, status as the
 * user reads it and as the reader reads it back (its code), overdue. Only a handful of formats, none per row,
 * so 10 000 items over 8 snapshots is one range of values and a few formats. The layout is `historyLayout`'s.
 * @example planHistorySheet([march, june], ctx).values[4] //=> [45382, 112, 40, 12, …]
 */
export function planHistorySheet(snapshots: readonly Snapshot[], ctx: CoreContext): SheetPlan {
  const h = ctx.locale.history;
  const labels = ctx.locale.statusLabels;
  const values: PlanValue[][] = [[h.title], [h.note], []];
  values.push([h.asOfColumn, h.totalColumn, ...CANONICAL_STATUSES.map((s) => labels[s])]);
  for (const s of snapshots) values.push([serial(s.asOf), s.total, ...CANONICAL_STATUSES.map((status) => s.byStatus[status])]);
  const lastCountsRow = values.length;
  values.push([]);
  const itemsHeaderRow = values.push([
    h.asOfColumn,
    h.keyColumn,
    h.sheetColumn,
    h.rowColumn,
    h.numberColumn,
    h.actionColumn,
    h.statusColumn,
    h.statusCodeColumn,
    h.overdueColumn,
  ]);
  for (const s of snapshots) {
    const asOf = serial(s.asOf);
    for (const i of s.items) values.push([asOf, i.key, i.sheet, i.row, i.number, i.action, labels[i.status], i.status, i.overdue]);
  }
  const header = (row: number, width: number): PlanFormat => ({
    range: rangeAddress({ top: row, left: 1, bottom: row, right: width }),
    bold: true,
    fill: HEADING_FILL,
    wrap: true,
  });
  const dates = (top: number, bottom: number): PlanFormat[] =>
    bottom >= top ? [{ range: rangeAddress({ top, left: 1, bottom, right: 1 }), numberFormat: DATE_FORMAT, hAlign: 'left' }] : [];
  return {
    kind: 'history',
    name: h.sheetName,
    values,
    formats: [
      { range: 'A1', bold: true, fontSize: 16 },
      { range: 'A2', italic: true },
      header(COUNTS_HEADER_ROW, 2 + CANONICAL_STATUSES.length),
      ...dates(COUNTS_HEADER_ROW + 1, lastCountsRow),
      header(itemsHeaderRow, INDICATOR_COLUMNS_START),
      ...dates(itemsHeaderRow + 1, values.length),
    ],
    conditionalFormats: [],
    links: [],
    columnWidths: COLUMN_WIDTHS,
    pageSetup: planPageSetup({ title: h.title, columnWidths: COLUMN_WIDTHS, titleRows: 1 }, ctx),
    tables: itemsTable(ctx.locale.print.tableNames.history, values, itemsHeaderRow),
  };
}

/** The items as an Excel table (filter buttons to find one action's quarters), when there is an item under the header. */
function itemsTable(name: string, values: readonly PlanValue[][], headerRow: number): PlanTable[] {
  const table = planTable(name, values, headerRow, values.length, INDICATOR_COLUMNS_START);
  return table ? [table] : [];
}

function serial(iso: string): PlanValue {
  return isoToExcelSerial(iso) ?? iso;
}
