/** One snapshot of the history read into actions and indicators, for comparing with today's. */
import type { CanonicalStatus, Verdict } from '../schema/report';
import { historyCellReader, type HistoryCellReader } from './historyCellReader';
import type { History, Snapshot } from './snapshot';

/**
 * The snapshot at `index` of the history's counts, an entry per row of the history's actions and indicators: the row's
 * key, sheet, row, number and text, and its cell in that snapshot's column read as a status (or a verdict), null where
 * it reads as neither. The history's own columns are the snapshot's; only the statuses and verdicts are made.
 * @example snapshotAt(history, 0).actions.statuses //=> ['in_progress', null, 'done']
 */
export function snapshotAt(history: History, index: number, read: HistoryCellReader = historyCellReader()): Snapshot {
  const counts = history.counts[index];
  const { actions, indicators } = history;
  const itemCells = actions.cells[index] ?? [];
  const statuses = new Array<CanonicalStatus | null>(actions.keys.length).fill(null);
  const overdue = new Uint8Array(actions.keys.length);
  for (let r = 0; r < itemCells.length; r++) {
    const cell = itemCells[r];
    const status = cell ? read.item(cell) : null;
    if (!status) continue;
    statuses[r] = status.status;
    overdue[r] = status.overdue ? 1 : 0;
  }
  const indicatorCells = indicators.cells[index] ?? [];
  const verdicts = new Array<Verdict | null>(indicators.keys.length).fill(null);
  const latest = new Array<number | null>(indicators.keys.length).fill(null);
  for (let r = 0; r < indicatorCells.length; r++) {
    const cell = indicatorCells[r];
    const verdict = cell ? read.indicator(cell) : null;
    if (!verdict) continue;
    verdicts[r] = verdict.verdict;
    latest[r] = verdict.latest;
  }
  return {
    asOf: counts?.asOf ?? '',
    total: counts?.total ?? 0,
    byStatus: counts?.byStatus ?? ({} as Snapshot['byStatus']),
    actions: {
      keys: actions.keys,
      sheets: actions.sheets,
      rows: actions.rows,
      numbers: actions.numbers,
      texts: actions.texts,
      statuses,
      overdue,
    },
    indicators: { keys: indicators.keys, sheets: indicators.sheets, rows: indicators.rows, texts: indicators.texts, verdicts, latest },
  };
}
