/** One snapshot of the history read into actions and indicators, for comparing with today's. */
import { historyCellReader, type HistoryCellReader } from './historyCellReader';
import type { History, Snapshot } from './snapshot';

/** A snapshot read from the history, with the history row each of its actions and indicators was read from. */
export interface StoredSnapshot extends Snapshot {
  /** Per item, its row in the history's actions. */
  itemRows: Int32Array;
  /** Per indicator, its row in the history's indicators. */
  indicatorRows: Int32Array;
}

/**
 * The snapshot at `index` of the history's counts: each action and indicator whose cell in that snapshot's column
 * reads as a status (or a verdict), with what its row says of it and which row that is; a cell that reads as neither
 * is left out.
 * @example snapshotAt(history, 0).items[0] //=> { key: '1', sheet: 'Hyvinvointi', row: 2, number: null, action: 'Perhekeskus', status: 'in_progress', overdue: false }
 */
export function snapshotAt(history: History, index: number, read: HistoryCellReader = historyCellReader()): StoredSnapshot {
  const counts = history.counts[index];
  const { actions, indicators } = history;
  const itemCells = actions.cells[index] ?? [];
  const indicatorCells = indicators.cells[index] ?? [];
  const snapshot: StoredSnapshot = {
    asOf: counts?.asOf ?? '',
    total: counts?.total ?? 0,
    byStatus: counts?.byStatus ?? ({} as Snapshot['byStatus']),
    items: [],
    indicators: [],
    itemRows: new Int32Array(itemCells.length),
    indicatorRows: new Int32Array(indicatorCells.length),
  };
  for (let r = 0; r < itemCells.length; r++) {
    const cell = itemCells[r];
    const status = cell ? read.item(cell) : null;
    if (!status) continue;
    snapshot.itemRows[snapshot.items.length] = r;
    snapshot.items.push({
      key: actions.keys[r] ?? '',
      sheet: actions.sheets[r] ?? '',
      row: actions.rows[r] ?? 1,
      number: actions.numbers[r] ?? null,
      action: actions.texts[r] ?? '',
      status: status.status,
      overdue: status.overdue,
    });
  }
  for (let r = 0; r < indicatorCells.length; r++) {
    const cell = indicatorCells[r];
    const verdict = cell ? read.indicator(cell) : null;
    if (!verdict) continue;
    snapshot.indicatorRows[snapshot.indicators.length] = r;
    snapshot.indicators.push({
      key: indicators.keys[r] ?? '',
      sheet: indicators.sheets[r] ?? '',
      row: indicators.rows[r] ?? 1,
      indicator: indicators.texts[r] ?? '',
      verdict: verdict.verdict,
      latest: verdict.latest,
    });
  }
  snapshot.itemRows = snapshot.itemRows.subarray(0, snapshot.items.length);
  snapshot.indicatorRows = snapshot.indicatorRows.subarray(0, snapshot.indicators.length);
  return snapshot;
}
