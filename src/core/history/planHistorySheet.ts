/** The history sheet as a plan: a table the tool owns in the workbook, written whole like every generated sheet. */
import { rangeAddress } from '../a1/rangeAddress';
import type { CoreContext } from '../context';
import { formatMessage } from '../i18n/formatMessage';
import { HEADING_FILL } from '../palette';
import { planPageSetup } from '../print/planPageSetup';
import { planTable } from '../print/planTable';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import type { PlanFormat, PlanTable, PlanValue, SheetPlan } from '../schema/sheetPlan';
import { formatIsoDate } from '../validation/formatIsoDate';
import { COUNTS_FIRST_STATUS_ROW, COUNTS_HEADER_ROW, COUNTS_TOTAL_ROW, ITEM_COLUMNS, MAX_SNAPSHOTS } from './historyLayout';
import { statusLook } from '../status/statusLook';
import type { History, HistoryRows } from './snapshot';

const COLUMN_WIDTHS = [12, 22, 7, 9, 56];
const SNAPSHOT_WIDTH = 18;

/**
 * Title and note; the counts, a column per snapshot (its date above, its total, a row per status in its colour); then
 * one row per action the history holds (key, sheet, row, number, action as last seen) with its cell in each snapshot's column,
 * and below them the indicators alike. Only a handful of formats, none per row, so 10 000 actions over 8 snapshots is
 * one range of values. The layout is `historyLayout`'s.
 * @example planHistorySheet(history, ctx).values[4] //=> [null, null, null, null, 'Yhteensä', 112, 118]
 */
export function planHistorySheet(history: History, ctx: CoreContext): SheetPlan {
  const h = ctx.locale.history;
  const dates = history.counts.map((c) => formatIsoDate(c.asOf, ctx));
  const width = ITEM_COLUMNS.firstSnapshot + dates.length;
  const pad = new Array<PlanValue>(ITEM_COLUMNS.text).fill(null);
  const values: PlanValue[][] = [[h.title], [formatMessage(h.note, { max: MAX_SNAPSHOTS })], []];
  values.push([...pad, h.countsColumn, ...dates]);
  values.push([...pad, ctx.locale.summary.totalRow, ...history.counts.map((c) => c.total)]);
  for (const status of CANONICAL_STATUSES)
    values.push([...pad, ctx.locale.statusLabels[status], ...history.counts.map((c) => c.byStatus[status])]);

  values.push([]);
  const actionsHeaderRow = values.push([h.keyColumn, h.sheetColumn, h.rowColumn, h.numberColumn, h.actionColumn, ...dates]);
  pushRows(values, history.actions, true);
  const lastActionRow = values.length;
  let indicatorsHeaderRow = 0;
  if (history.indicators.keys.length > 0) {
    values.push([]);
    indicatorsHeaderRow = values.push([h.keyColumn, h.sheetColumn, h.rowColumn, null, h.indicatorColumn, ...dates]);
    pushRows(values, history.indicators, false);
  }
  const header = (row: number, left = 1): PlanFormat => ({
    range: rangeAddress({ top: row, left, bottom: row, right: width }),
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
      header(COUNTS_HEADER_ROW, ITEM_COLUMNS.text + 1),
      { range: rangeAddress({ top: COUNTS_TOTAL_ROW, left: ITEM_COLUMNS.text + 1, bottom: COUNTS_TOTAL_ROW, right: width }), bold: true },
      ...CANONICAL_STATUSES.map((status, i) => {
        const row = COUNTS_FIRST_STATUS_ROW + i;
        return {
          range: rangeAddress({ top: row, left: ITEM_COLUMNS.text + 1, bottom: row, right: ITEM_COLUMNS.text + 1 }),
          ...statusLook(status),
        };
      }),
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

/**
 * Each row's values. An action's key is written as the number it is (shorter to write and to read than text; the reader
 * and `keyItems` only ever give actions whole numbers), an indicator's (`M3`) as text.
 */
function pushRows(values: PlanValue[][], rows: HistoryRows, numericKeys: boolean): void {
  const width = ITEM_COLUMNS.firstSnapshot + rows.cells.length;
  for (let r = 0; r < rows.keys.length; r++) {
    const key = rows.keys[r] ?? '';
    const line = new Array<PlanValue>(width);
    line[ITEM_COLUMNS.key] = numericKeys ? Number(key) : key;
    line[ITEM_COLUMNS.sheet] = rows.sheets[r] ?? '';
    line[ITEM_COLUMNS.row] = rows.rows[r] ?? 1;
    line[ITEM_COLUMNS.number] = rows.numbers[r] ?? null;
    line[ITEM_COLUMNS.text] = rows.texts[r] ?? '';
    for (let s = 0; s < rows.cells.length; s++) line[ITEM_COLUMNS.firstSnapshot + s] = rows.cells[s]?.[r] ?? null;
    values.push(line);
  }
}

/** The actions as an Excel table (filter buttons to find one action's quarters), when there is one under the header. */
function actionsTable(name: string, values: readonly PlanValue[][], headerRow: number, lastRow: number, width: number): PlanTable[] {
  const table = planTable(name, values, headerRow, lastRow, width);
  return table ? [table] : [];
}
