/** One snapshot of the history read into actions and indicators, for comparing with today's. */
import { historyCellReader, type HistoryCellReader } from './historyCellReader';
import type { History, Snapshot } from './snapshot';

/**
 * The snapshot at `index` of the history's counts: each action and indicator whose cell in that snapshot's column
 * reads as a status (or a verdict), with what its row says of it; a cell that reads as neither is left out.
 * @example snapshotAt(history, 0).items[0] //=> { key: '1', sheet: 'Hyvinvointi', row: 2, number: null, action: 'Perhekeskus', status: 'in_progress', overdue: false }
 */
export function snapshotAt(history: History, index: number, read: HistoryCellReader = historyCellReader()): Snapshot {
  const counts = history.counts[index];
  const snapshot: Snapshot = {
    asOf: counts?.asOf ?? '',
    total: counts?.total ?? 0,
    byStatus: counts?.byStatus ?? ({} as Snapshot['byStatus']),
    items: [],
    indicators: [],
  };
  for (const row of history.actions) {
    const cell = row.cells[index];
    const status = cell ? read.item(cell) : null;
    if (status) snapshot.items.push({ key: row.key, sheet: row.sheet, row: row.row, number: row.number, action: row.text, ...status });
  }
  for (const row of history.indicators) {
    const cell = row.cells[index];
    const verdict = cell ? read.indicator(cell) : null;
    if (verdict) snapshot.indicators.push({ key: row.key, sheet: row.sheet, row: row.row, indicator: row.text, ...verdict });
  }
  return snapshot;
}
