/** Splits the reading of every sheet's used range into as few syncs as the payload budget allows. */

export interface SheetExtent {
  /** Index of the sheet in the caller's list. */
  sheet: number;
  /** 0-based first row and column of the used range, and its size. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface ReadChunk {
  sheet: number;
  /** 0-based rows of the sheet this piece covers (inclusive), all columns of its used range. */
  firstRow: number;
  lastRow: number;
}

/**
 * Packs the sheets' rows into batches whose estimated size stays within `budget` bytes; a sheet only splits (by rows) when it
 * does not fit in one batch by itself, so the number of batches grows with the payload, never with the number of sheets.
 * @example planReadChunks([{ sheet: 0, rowIndex: 2, columnIndex: 1, rowCount: 100, columnCount: 6 }], 1_000_000, 40)
 * //=> [[{ sheet: 0, firstRow: 2, lastRow: 101 }]]
 */
export function planReadChunks(extents: readonly SheetExtent[], budget: number, bytesPerCell: number): ReadChunk[][] {
  const batches: ReadChunk[][] = [];
  let current: ReadChunk[] = [];
  let used = 0;
  const close = (): void => {
    if (current.length) batches.push(current);
    current = [];
    used = 0;
  };
  for (const e of extents) {
    if (e.rowCount <= 0 || e.columnCount <= 0) continue;
    const rowBytes = Math.max(1, e.columnCount * bytesPerCell);
    let row = e.rowIndex;
    const end = e.rowIndex + e.rowCount - 1;
    while (row <= end) {
      let fit = Math.floor((budget - used) / rowBytes);
      if (fit < 1) {
        if (current.length) {
          close();
          continue;
        }
        // A single row over the budget still has to be read: it goes alone.
        fit = 1;
      }
      const last = Math.min(end, row + fit - 1);
      current.push({ sheet: e.sheet, firstRow: row, lastRow: last });
      used += (last - row + 1) * rowBytes;
      row = last + 1;
      if (row <= end) close();
    }
  }
  close();
  return batches;
}
