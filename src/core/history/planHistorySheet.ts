/** The history sheet as a plan: a table the tool owns in the workbook, written whole like every generated sheet. */
import { rangeAddress } from '../a1/rangeAddress';
import type { CoreContext } from '../context';
import { formatMessage } from '../i18n/formatMessage';
import { HEADING_FILL } from '../palette';
import { planPageSetup } from '../print/planPageSetup';
import { planTable } from '../print/planTable';
import { isoToExcelSerial } from '../schedule/isoToExcelSerial';
import { CANONICAL_STATUSES } from '../schema/report';
import type { PlanFormat, PlanTable, PlanValue, SheetPlan } from '../schema/sheetPlan';
import { formatIsoDate } from '../validation/formatIsoDate';
import { COUNTS_HEADER_ROW, ITEM_COLUMNS, MAX_SNAPSHOTS } from './historyLayout';
import type { History, HistoryRow } from './snapshot';

const DATE_FORMAT = 'd.m.yyyy';
const COLUMN_WIDTHS = [12, 22, 7, 9, 56];
const SNAPSHOT_WIDTH = 18;

/**
 * Title and note; under the counts header one row per snapshot (as-of date, total, a count per status); then one row
 * per action the history holds (key, sheet, row, number, action as last seen) with its cell in each snapshot's column,
 * and below them the indicators alike. Only a handful of formats, none per row, so 10 000 actions over 8 snapshots is
 * one range of values. The layout is `historyLayout`'s.
 * @example planHistorySheet(history, ctx).values[4] //=> [45382, 112, 40, 12, …]
 */
export function planHistorySheet(history: History, ctx: CoreContext): SheetPlan {
  const h = ctx.locale.history;
  const values: PlanValue[][] = [[h.title], [formatMessage(h.note, { max: MAX_SNAPSHOTS })], []];
  values.push([h.asOfColumn, h.totalColumn, ...CANONICAL_STATUSES.map((s) => ctx.locale.statusLabels[s])]);
  for (const c of history.counts) values.push([serial(c.asOf), c.total, ...CANONICAL_STATUSES.map((status) => c.byStatus[status])]);
  const lastCountsRow = values.length;
  const dates = history.counts.map((c) => formatIsoDate(c.asOf, ctx));
  const width = ITEM_COLUMNS.firstSnapshot + dates.length;

  values.push([]);
  const actionsHeaderRow = values.push([h.keyColumn, h.sheetColumn, h.rowColumn, h.numberColumn, h.actionColumn, ...dates]);
  for (const row of history.actions) values.push(rowValues(row));
  const lastActionRow = values.length;
  let indicatorsHeaderRow = 0;
  if (history.indicators.length > 0) {
    values.push([]);
    indicatorsHeaderRow = values.push([h.keyColumn, h.sheetColumn, h.rowColumn, null, h.indicatorColumn, ...dates]);
    for (const row of history.indicators) values.push(rowValues(row));
  }
  const header = (row: number): PlanFormat => ({
    range: rangeAddress({ top: row, left: 1, bottom: row, right: row === COUNTS_HEADER_ROW ? 2 + CANONICAL_STATUSES.length : width }),
    bold: true,
    fill: HEADING_FILL,
    wrap: true,
  });
  const widths = [...COLUMN_WIDTHS, ...dates.map(() => SNAPSHOT_WIDTH)];
  return {
    kind: 'history',
    name: h.sheetName,
    values,
    formats: [
      { range: 'A1', bold: true, fontSize: 16 },
      { range: 'A2', italic: true },
      header(COUNTS_HEADER_ROW),
      ...countsDates(lastCountsRow),
      header(actionsHeaderRow),
      ...(indicatorsHeaderRow > 0 ? [header(indicatorsHeaderRow)] : []),
    ],
    conditionalFormats: [],
    links: [],
    columnWidths: widths,
    pageSetup: planPageSetup({ title: h.title, columnWidths: widths, titleRows: 1 }, ctx),
    tables: actionsTable(ctx.locale.print.tableNames.history, values, actionsHeaderRow, lastActionRow, width),
  };
}

function rowValues(row: HistoryRow): PlanValue[] {
  return [row.key, row.sheet, row.row, row.number, row.text, ...row.cells];
}

function countsDates(lastCountsRow: number): PlanFormat[] {
  if (lastCountsRow <= COUNTS_HEADER_ROW) return [];
  return [
    {
      range: rangeAddress({ top: COUNTS_HEADER_ROW + 1, left: 1, bottom: lastCountsRow, right: 1 }),
      numberFormat: DATE_FORMAT,
      hAlign: 'left',
    },
  ];
}

/** The actions as an Excel table (filter buttons to find one action's quarters), when there is one under the header. */
function actionsTable(name: string, values: readonly PlanValue[][], headerRow: number, lastRow: number, width: number): PlanTable[] {
  const table = planTable(name, values, headerRow, lastRow, width);
  return table ? [table] : [];
}

function serial(iso: string): PlanValue {
  return isoToExcelSerial(iso) ?? iso;
}
