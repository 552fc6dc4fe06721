/** History rows without some snapshots, and without the rows those snapshots alone held. */
import type { HistoryRows } from './snapshot';

/**
 * `rows` without the snapshots' columns for which `dropped(index)` holds; a row left with no cell in any snapshot goes
 * too. Nothing is copied when nothing is dropped.
 * @example dropSnapshots(history.actions, (i) => i === 0).cells.length //=> history.actions.cells.length - 1
 */
export function dropSnapshots(rows: HistoryRows, dropped: (index: number) => boolean): HistoryRows {
  const cells = rows.cells.filter((_, i) => !dropped(i));
  if (cells.length === rows.cells.length) return rows;
  const kept: number[] = [];
  for (let r = 0; r < rows.keys.length; r++) if (cells.some((column) => column[r] != null)) kept.push(r);
  if (kept.length === rows.keys.length) return { ...rows, cells };
  const pick = <T>(column: readonly T[]): T[] => kept.map((r) => column[r] as T);
  return {
    keys: pick(rows.keys),
    sheets: pick(rows.sheets),
    rows: pick(rows.rows),
    numbers: pick(rows.numbers),
    texts: pick(rows.texts),
    cells: cells.map(pick),
  };
}
