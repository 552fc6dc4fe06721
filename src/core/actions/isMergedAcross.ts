/** Tells a section row merged across its table ("Tavoite 1: …" over every column). */
import { parseRange, type CellRange } from '../a1/parseRange';
import type { Grid } from '../grid';
import { memoize } from '../memo/memoize';

/** A sheet's merges parsed once and filed by the rows they cover; every section candidate asks. */
interface MergeIndex {
  byRow: Map<number, CellRange[]>;
  /** Merges over many rows, kept aside so one tall merge does not file itself under every row. */
  tall: CellRange[];
}
const TALL_ROWS = 64;

const mergeIndex = memoize((grid: Grid): MergeIndex => {
  const index: MergeIndex = { byRow: new Map(), tall: [] };
  for (const a1 of grid.merges ?? []) {
    const r = parseRange(a1);
    if (!r) continue;
    if (r.bottom - r.top >= TALL_ROWS) {
      index.tall.push(r);
      continue;
    }
    for (let row = r.top; row <= r.bottom; row++) {
      const list = index.byRow.get(row);
      if (list) list.push(r);
      else index.byRow.set(row, [r]);
    }
  }
  return index;
});

/**
 * True when a merged area of the sheet starts at (row, left) and spans at least two of the table's
 * columns up to `right`. The merges are indexed by row once per grid, as every section candidate asks
 * and a big sheet has thousands of merged "Tavoite" rows.
 * @example isMergedAcross({ sheet: 'S', origin: { row: 1, col: 1 }, values: [], tables: [], merges: ['A5:C5'] }, 5, 1, 3) //=> true
 */
export function isMergedAcross(grid: Grid, row: number, left: number, right: number): boolean {
  const index = mergeIndex(grid);
  const across = (r: CellRange): boolean => r.top <= row && r.bottom >= row && r.left <= left && r.right > left && r.right <= right + 1;
  return (index.byRow.get(row) ?? []).some(across) || index.tall.some(across);
}
