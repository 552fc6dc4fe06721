/** Groups rows of values into blocks that one range assignment can carry. */

export interface RowBlock {
  /** First row, 0-based. */
  start: number;
  /** One past the last row. */
  end: number;
  /** The block's size as JSON, one byte a row for the separator included. */
  bytes: number;
}

/**
 * Consecutive blocks covering every row, each at most `maxBytes` as JSON unless one row alone is larger.
 * @example rowBlocks([['a'], ['b'], ['c']], 12) //=> [{ start: 0, end: 2, bytes: 12 }, { start: 2, end: 3, bytes: 6 }]
 */
export function rowBlocks(entries: readonly unknown[][], maxBytes: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  while (start < entries.length) {
    let bytes = 0;
    let end = start;
    while (end < entries.length) {
      const rowBytes = JSON.stringify(entries[end]).length + 1;
      if (end > start && bytes + rowBytes > maxBytes) break;
      bytes += rowBytes;
      end++;
    }
    blocks.push({ start, end, bytes });
    start = end;
  }
  return blocks;
}
