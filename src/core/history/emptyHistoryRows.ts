/** History rows with none in them yet, or room for a known number of them. */
import type { HistoryRows } from './snapshot';

/**
 * No rows, with a column of cells for each of `snapshots` snapshots; with `length`, every array that long already, its
 * entries to be set by index: at 100 000 rows, pushing into a dozen growing arrays cost twice what setting them does.
 * @example emptyHistoryRows(2).cells //=> [[], []]
 * @example emptyHistoryRows(2, 3).keys.length //=> 3
 */
export function emptyHistoryRows(snapshots: number, length = 0): HistoryRows {
  const column = <T>(): T[] => new Array<T>(length);
  return {
    keys: column(),
    sheets: column(),
    rows: column(),
    numbers: column(),
    texts: column(),
    cells: Array.from({ length: snapshots }, () => column()),
  };
}
