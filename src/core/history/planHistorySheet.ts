/** The history sheet as a plan: a table the tool owns in the workbook, written whole like every generated sheet. */
import { rangeAddress } from '../a1/rangeAddress';
import type { CoreContext } from '../context';
import { HEADING_FILL } from '../palette';
import { planPageSetup } from '../print/planPageSetup';
import { planTable } from '../print/planTable';
import { isoToExcelSerial } from '../schedule/isoToExcelSerial';
import { CANONICAL_STATUSES } from '../schema/report';
import type { PlanFormat, PlanTable, PlanValue, SheetPlan } from '../schema/sheetPlan';
import { formatIsoDate } from '../validation/formatIsoDate';
import { COUNTS_HEADER_ROW, ITEM_COLUMNS, MAX_SNAPSHOTS } from './historyLayout';
import { formatMessage } from '../i18n/formatMessage';
import { historyCellTexts } from './historyCellTexts';
import type { Snapshot, SnapshotIndicator, SnapshotItem } from './snapshot';

const DATE_FORMAT = 'd.m.yyyy';
const COLUMN_WIDTHS = [12, 22, 7, 9, 56];
const SNAPSHOT_WIDTH = 18;

/**
 * Title and note; under the counts header one row per snapshot (as-of date, total, a count per status); then
 * one row per action that any snapshot holds (key, sheet, row, number, action as last seen) with its status in
 * each snapshot's column, and below them the indicators alike with their verdict and latest value. Only a
 * handful of formats, none per row, so 10 000 actions over 8 snapshots is one range of values. The layout is
 * `historyLayout`'s.
 * @example planHistorySheet([march, june], ctx).values[4] //=> [45382, 112, 40, 12, …]
 */
export function planHistorySheet(snapshots: readonly Snapshot[], ctx: CoreContext): SheetPlan {
  const h = ctx.locale.history;
  const values: PlanValue[][] = [[h.title], [formatMessage(h.note, { max: MAX_SNAPSHOTS })], []];
  values.push([h.asOfColumn, h.totalColumn, ...CANONICAL_STATUSES.map((s) => ctx.locale.statusLabels[s])]);
  for (const s of snapshots) values.push([serial(s.asOf), s.total, ...CANONICAL_STATUSES.map((status) => s.byStatus[status])]);
  const lastCountsRow = values.length;
  const dates = snapshots.map((s) => formatIsoDate(s.asOf, ctx));
  const width = ITEM_COLUMNS.firstSnapshot + snapshots.length;
  const texts = historyCellTexts(ctx);

  values.push([]);
  const itemsHeaderRow = values.push([h.keyColumn, h.sheetColumn, h.rowColumn, h.numberColumn, h.actionColumn, ...dates]);
  for (const [item, cells] of rowsOf(snapshots, (s) => s.items)) {
    values.push([item.key, item.sheet, item.row, item.number, item.action, ...cells.map((i) => (i ? texts.item(i) : null))]);
  }
  const lastItemRow = values.length;
  const indicatorRows = rowsOf(snapshots, (s) => s.indicators);
  let indicatorsHeaderRow = 0;
  if (indicatorRows.length > 0) {
    values.push([]);
    indicatorsHeaderRow = values.push([h.keyColumn, h.sheetColumn, h.rowColumn, null, h.indicatorColumn, ...dates]);
    for (const [ind, cells] of indicatorRows) {
      values.push([ind.key, ind.sheet, ind.row, null, ind.indicator, ...cells.map((i) => (i ? texts.indicator(i) : null))]);
    }
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
      ...(lastCountsRow > COUNTS_HEADER_ROW
        ? [
            {
              range: rangeAddress({ top: COUNTS_HEADER_ROW + 1, left: 1, bottom: lastCountsRow, right: 1 }),
              numberFormat: DATE_FORMAT,
              hAlign: 'left' as const,
            },
          ]
        : []),
      header(itemsHeaderRow),
      ...(indicatorsHeaderRow > 0 ? [header(indicatorsHeaderRow)] : []),
    ],
    conditionalFormats: [],
    links: [],
    columnWidths: widths,
    pageSetup: planPageSetup({ title: h.title, columnWidths: widths, titleRows: 1 }, ctx),
    tables: itemsTable(ctx.locale.print.tableNames.history, values, itemsHeaderRow, lastItemRow, width),
  };
}

type Keyed = SnapshotItem | SnapshotIndicator;

/**
 * One row per key any snapshot holds: the latest snapshot's items first in its order, then those only earlier ones
 * hold; each with its entry in every snapshot (null where that snapshot did not have it). What the row says of the
 * item (sheet, row, text) is from the latest snapshot that has it.
 */
function rowsOf<T extends Keyed>(snapshots: readonly Snapshot[], entriesOf: (s: Snapshot) => readonly T[]): [T, (T | null)[]][] {
  const rows = new Map<string, [T, (T | null)[]]>();
  for (let j = snapshots.length - 1; j >= 0; j--) {
    const snapshot = snapshots[j];
    if (!snapshot) continue;
    for (const entry of entriesOf(snapshot)) {
      let row = rows.get(entry.key);
      if (!row) {
        row = [entry, new Array<T | null>(snapshots.length).fill(null)];
        rows.set(entry.key, row);
      }
      row[1][j] = entry;
    }
  }
  return [...rows.values()];
}

/** The actions as an Excel table (filter buttons to find one action's quarters), when there is one under the header. */
function itemsTable(name: string, values: readonly PlanValue[][], headerRow: number, lastRow: number, width: number): PlanTable[] {
  const table = planTable(name, values, headerRow, lastRow, width);
  return table ? [table] : [];
}

function serial(iso: string): PlanValue {
  return isoToExcelSerial(iso) ?? iso;
}
