/** A sheet's cells as read from its part, turned into the core's Grid. */
import { parseRange, type CellRange } from '../../../core/a1/parseRange';
import { rangeAddress } from '../../../core/a1/rangeAddress';
import type { CellValue, ExcelTable, Grid } from '../../../core/grid';
import type { IndentedCell, RowCells, SheetCells } from './readSheetPart';
import { WorkbookUnreadable } from './workbookUnreadable';

/** The most cells a grid may span (its used area): 100 000 rows of 200 columns. Beyond, the sheet is refused in one line. */
export const MAX_GRID_CELLS = 20_000_000;

/**
 * The used area is where values are (styled empty cells do not widen it), with empty rows and
 * columns inside it as nulls; the cells a merge covers beyond its top-left are empty, as Excel shows
 * them, and each merged range is listed once however often the part repeats it. Indents above 0 come
 * along for cells with a value and for cells a merge covers.
 * @example sheetCellsToGrid('Talous', true, cellsWithTitleInB2, []).origin //=> { row: 2, col: 2 }
 */
export function sheetCellsToGrid(sheet: string, visible: boolean, cells: SheetCells, tables: ExcelTable[]): Grid {
  const rows = [...cells.rows.keys()].sort((a, b) => a - b);
  const merges = distinctMerges(cells.merges);
  for (const merge of merges) {
    eachCoveredCell(rows, (r) => cells.rows.get(r)?.cols, merge, (r, c) => {
      const row = cells.rows.get(r);
      if (row) row.values[c] = undefined;
    });
  }
  const values = denseValues(sheet, rows, cells.rows);
  return {
    sheet,
    origin: values.origin,
    values: values.lines,
    tables,
    merges: merges.map(rangeAddress),
    indents: indentsOf(cells.indented, merges),
    visible,
  };
}

/** Merged ranges by their top-left cell, first spelling kept: Excel never overlaps two, some writers repeat one. */
function distinctMerges(refs: readonly string[]): CellRange[] {
  const byTopLeft = new Map<number, CellRange>();
  for (const ref of refs) {
    const range = plainRange(ref) ?? parseRange(ref);
    if (range === null) continue;
    const key = range.top * MAX_COLUMNS + range.left;
    if (!byTopLeft.has(key)) byTopLeft.set(key, range);
  }
  return [...byTopLeft.values()];
}

const MAX_COLUMNS = 16_384;

/**
 * `B5:D5` as Excel writes merges, read without a regex: a sheet may have tens of thousands.
 * Anything else (lower case, dollars, one cell) is left to parseRange.
 */
function plainRange(ref: string): CellRange | null {
  const colon = ref.indexOf(':');
  if (colon < 0) return null;
  const a = plainCell(ref, 0, colon);
  const b = a === null ? null : plainCell(ref, colon + 1, ref.length);
  if (a === null || b === null) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function plainCell(text: string, from: number, to: number): { row: number; col: number } | null {
  let i = from;
  let col = 0;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  let row = 0;
  const digits = i;
  for (; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return col === 0 || i === digits || row === 0 ? null : { row, col };
}

/**
 * Calls `visit` for each present cell inside `merge` other than its top-left, looking only at the
 * rows and columns that have cells: a merge over a whole sheet costs what the sheet holds, not its area.
 */
function eachCoveredCell(
  sortedRows: readonly number[],
  colsOf: (row: number) => readonly number[] | undefined,
  merge: CellRange,
  visit: (row: number, col: number) => void,
): void {
  for (let i = firstAtLeast(sortedRows, merge.top); i < sortedRows.length; i++) {
    const r = sortedRows[i] as number;
    if (r > merge.bottom) break;
    const cols = colsOf(r);
    if (cols === undefined) continue;
    for (const c of cols) {
      if (c < merge.left || c > merge.right || (r === merge.top && c === merge.left)) continue;
      visit(r, c);
    }
  }
}

function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function denseValues(sheet: string, rows: readonly number[], byRow: ReadonlyMap<number, RowCells>): { origin: Grid['origin']; lines: CellValue[][] } {
  let first = 0;
  let last = 0;
  let left = Infinity;
  let right = 0;
  for (const r of rows) {
    const row = byRow.get(r) as RowCells;
    let any = false;
    for (const c of row.cols) {
      if (row.values[c] === undefined) continue;
      any = true;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    if (!any) continue;
    if (first === 0) first = r;
    last = r;
  }
  if (first === 0) return { origin: { row: 1, col: 1 }, lines: [] };

  const width = right - left + 1;
  if (width * (last - first + 1) > MAX_GRID_CELLS) {
    throw new WorkbookUnreadable('sheetTooLarge', { sheet, range: rangeAddress({ top: first, left, bottom: last, right }) });
  }
  const lines: CellValue[][] = [];
  for (let r = first; r <= last; r++) {
    const line = new Array<CellValue>(width).fill(null);
    const row = byRow.get(r);
    if (row !== undefined) {
      for (const c of row.cols) {
        const value = row.values[c];
        if (value !== undefined) line[c - left] = value;
      }
    }
    lines.push(line);
  }
  return { origin: { row: first, col: left }, lines };
}

/** Indents in row order, one per cell; a styled cell without a value counts only where a merge covers it. */
function indentsOf(indented: readonly IndentedCell[], merges: readonly CellRange[]): Grid['indents'] {
  const byPosition = new Map<string, IndentedCell>();
  for (const cell of indented) byPosition.set(`${cell.row},${cell.col}`, cell);
  const covered = new Set<string>();
  const empty = new Map<number, number[]>();
  for (const cell of byPosition.values()) {
    if (cell.holdsValue) continue;
    const cols = empty.get(cell.row);
    if (cols) cols.push(cell.col);
    else empty.set(cell.row, [cell.col]);
  }
  if (empty.size > 0) {
    const rows = [...empty.keys()].sort((a, b) => a - b);
    for (const merge of merges) eachCoveredCell(rows, (r) => empty.get(r), merge, (r, c) => covered.add(`${r},${c}`));
  }
  return [...byPosition.values()]
    .filter((cell) => cell.holdsValue || covered.has(`${cell.row},${cell.col}`))
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map(({ row, col, level }) => ({ row, col, level }));
}
