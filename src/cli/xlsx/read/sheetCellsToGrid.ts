/** A sheet's cells as read from its part, turned into the core's Grid. */
import {
  generatedKindOf,
  GENERATED_MARKER_CELL,
  parseRange,
  rangeAddress,
  type CellRange,
  type CellValue,
  type ExcelTable,
  type Grid,
} from '../../../core';
import type { IndentedCell, SheetCells } from './readSheetPart';
import { WorkbookUnreadable } from './workbookUnreadable';

/** The most cells a grid may span (its used area): 100 000 rows of 200 columns. Beyond, the sheet is refused in one line. */
export const MAX_GRID_CELLS = 20_000_000;

/**
 * The used area is where values are (styled empty cells do not widen it), with empty rows and
 * columns inside it as nulls; the cells a merge covers beyond its top-left are empty, as Excel shows
 * them, and each merged range is listed once however often the part repeats it. Indents above 0 come
 * along for cells with a value and for cells a merge covers. The marker of a sheet the tool generated (AZ1) does not widen the
 * area: the first row alone reaches out to it, so a history of 800 000 rows is as wide as its table, not 52 columns.
 * @example sheetCellsToGrid('Talous', true, cellsWithTitleInB2, []).origin //=> { row: 2, col: 2 }
 */
export function sheetCellsToGrid(sheet: string, visible: boolean, cells: SheetCells, tables: ExcelTable[]): Grid {
  const byRow = rowIndex(cells.rows);
  const merges = distinctMerges(cells.merges);
  for (const merge of merges) {
    eachCoveredCell(byRow, cells.cols, merge, (i) => {
      cells.values[i] = undefined;
    });
  }
  const values = denseValues(sheet, cells, byRow);
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

/** Where each row's cells are: the distinct row numbers in order, and for each the span of `order` that holds its cells. */
interface RowIndex {
  rows: number[];
  starts: number[];
  /** Cell indices sorted by row, in part order within a row (so a later cell at one address wins). */
  order: Uint32Array;
}

function rowIndex(rowOfCell: readonly number[]): RowIndex {
  const order = new Uint32Array(rowOfCell.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  let sorted = true;
  for (let i = 1; i < rowOfCell.length && sorted; i++) sorted = (rowOfCell[i] as number) >= (rowOfCell[i - 1] as number);
  // Excel writes rows in order; a part that does not is put in order here, keeping each row's cells in part order.
  if (!sorted) order.sort((a, b) => (rowOfCell[a] as number) - (rowOfCell[b] as number) || a - b);
  const rows: number[] = [];
  const starts: number[] = [];
  for (let j = 0; j < order.length; j++) {
    const r = rowOfCell[order[j] as number] as number;
    if (rows.length === 0 || rows[rows.length - 1] !== r) {
      rows.push(r);
      starts.push(j);
    }
  }
  starts.push(order.length);
  return { rows, starts, order };
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
 * Calls `visit` with the index of each cell inside `merge` other than its top-left, looking only at
 * the rows that have cells: a merge over a whole sheet costs what the sheet holds, not its area.
 */
function eachCoveredCell(byRow: RowIndex, cols: readonly number[], merge: CellRange, visit: (cell: number) => void): void {
  for (let k = firstAtLeast(byRow.rows, merge.top); k < byRow.rows.length; k++) {
    const r = byRow.rows[k] as number;
    if (r > merge.bottom) break;
    for (let j = byRow.starts[k] as number; j < (byRow.starts[k + 1] as number); j++) {
      const i = byRow.order[j] as number;
      const c = cols[i] as number;
      if (c < merge.left || c > merge.right || (r === merge.top && c === merge.left)) continue;
      visit(i);
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

function denseValues(sheet: string, cells: SheetCells, byRow: RowIndex): { origin: Grid['origin']; lines: CellValue[][] } {
  const { rows, cols, values } = cells;
  const marker = markerIndex(cells);
  let first = 0;
  let last = 0;
  let left = Infinity;
  let right = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === undefined) continue;
    const r = rows[i] as number;
    const c = cols[i] as number;
    if (first === 0 || r < first) first = r;
    if (r > last) last = r;
    if (i === marker) continue;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  if (first === 0) return { origin: { row: 1, col: 1 }, lines: [] };
  const apart = marker >= 0 && right > 0 && right < GENERATED_MARKER_CELL.col && left <= GENERATED_MARKER_CELL.col;
  if (!apart && marker >= 0) {
    left = Math.min(left, GENERATED_MARKER_CELL.col);
    right = Math.max(right, GENERATED_MARKER_CELL.col);
  }

  const width = right - left + 1;
  if (width * (last - first + 1) > MAX_GRID_CELLS) {
    throw new WorkbookUnreadable('sheetTooLarge', { sheet, range: rangeAddress({ top: first, left, bottom: last, right }) });
  }
  const lines: CellValue[][] = [];
  let k = firstAtLeast(byRow.rows, first);
  for (let r = first; r <= last; r++) {
    const line = new Array<CellValue>(width).fill(null);
    if (byRow.rows[k] === r) {
      for (let j = byRow.starts[k] as number; j < (byRow.starts[k + 1] as number); j++) {
        const i = byRow.order[j] as number;
        const value = values[i];
        if (value !== undefined && !(apart && i === marker)) line[(cols[i] as number) - left] = value;
      }
      k++;
    }
    lines.push(line);
  }
  if (apart) placeMarker(lines, left, values[marker] ?? null);
  return { origin: { row: first, col: left }, lines };
}

/** The index of the cell holding the tool's marker in AZ1, or -1 on a user's sheet. */
function markerIndex({ rows, cols, values }: SheetCells): number {
  const { row, col } = GENERATED_MARKER_CELL;
  for (let i = values.length - 1; i >= 0; i--) {
    if (rows[i] === row && cols[i] === col && values[i] !== undefined) return generatedKindOf(values[i] ?? null) === null ? -1 : i;
  }
  return -1;
}

/** The first row (AZ1's, as the marker is in the area's rows) reaches out to the marker; the other rows stay as wide as the rest. */
function placeMarker(lines: CellValue[][], left: number, value: CellValue): void {
  const line = lines[0];
  if (!line) return;
  const at = GENERATED_MARKER_CELL.col - left;
  while (line.length < at) line.push(null);
  line[at] = value;
}

/** Indents in row order, one per cell; a styled cell without a value counts only where a merge covers it. */
function indentsOf(indented: readonly IndentedCell[], merges: readonly CellRange[]): Grid['indents'] {
  const byPosition = new Map<string, IndentedCell>();
  for (const cell of indented) byPosition.set(`${cell.row},${cell.col}`, cell);
  const empty = [...byPosition.values()].filter((cell) => !cell.holdsValue);
  const covered = new Set<IndentedCell>();
  if (empty.length > 0) {
    const byRow = rowIndex(empty.map((cell) => cell.row));
    const cols = empty.map((cell) => cell.col);
    for (const merge of merges) eachCoveredCell(byRow, cols, merge, (i) => covered.add(empty[i] as IndentedCell));
  }
  return [...byPosition.values()]
    .filter((cell) => cell.holdsValue || covered.has(cell))
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map(({ row, col, level }) => ({ row, col, level }));
}
