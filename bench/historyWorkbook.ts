/** A benchmark workbook with a history sheet of earlier snapshots, as quarterly summaries would have left it. */
import {
  buildReportWithHistory,
  generatedMarker,
  GENERATED_MARKER_CELL,
  getLocale,
  historyOfSnapshots,
  itemsOfSnapshot,
  snapshotAt,
  planHistorySheet,
  type Grid,
  type SnapshotOfItems,
  type WorkbookData,
} from '../src/core';

/** Eight quarter ends: seven earlier snapshots and the run measured. */
export const QUARTERS = ['2022-09-30', '2022-12-31', '2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31', '2024-03-31', '2024-06-30'];

/**
 * `data` with a history sheet of `earlier` snapshots of its own items: one in a hundred actions written a
 * character shorter (so the light-edit rule has work), one in fifty with another status.
 * @example withHistorySheet(data, 7).sheets.at(-1)?.sheet //=> 'Seurantahistoria'
 */
export function withHistorySheet(data: WorkbookData, earlier: number): WorkbookData {
  const base = itemsOfSnapshot(snapshotAt(buildReportWithHistory(data, { asOf: QUARTERS[0] as string, lang: 'fi' }).history, 0));
  const history: SnapshotOfItems[] = QUARTERS.slice(0, earlier).map((asOf) => ({
    ...base,
    asOf,
    items: base.items.map((item, i) => ({
      ...item,
      action: i % 100 === 7 ? item.action.slice(0, -1) : item.action,
      status: i % 50 === 3 ? 'not_started' : item.status,
    })),
  }));
  const ctx = { asOf: QUARTERS[earlier - 1] as string, lang: 'fi' as const, locale: getLocale('fi') };
  const plan = planHistorySheet(historyOfSnapshots(history, ctx), ctx);
  const values = plan.values.map((row) => [...row]);
  const top = values[0] ?? [];
  while (top.length < GENERATED_MARKER_CELL.col - 1) top.push(null);
  top.push(generatedMarker('history'));
  // The actions' table as the hosts write it: the Office.js host reads the sheet as far as the table reaches.
  const tables = (plan.tables ?? []).map((t) => ({ name: t.name, range: t.range, showHeaders: true }));
  const grid: Grid = { sheet: plan.name, origin: { row: 1, col: 1 }, values, tables };
  return { ...data, sheets: [...data.sheets, grid] };
}
