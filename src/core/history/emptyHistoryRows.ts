/** History rows with none in them yet. */
import type { HistoryRows } from './snapshot';

/**
 * No rows, with a column of cells for each of `snapshots` snapshots.
 * @example emptyHistoryRows(2).cells //=> [[], []]
 */
export function emptyHistoryRows(snapshots: number): HistoryRows {
  return { keys: [], sheets: [], rows: [], numbers: [], texts: [], cells: Array.from({ length: snapshots }, () => []) };
}
