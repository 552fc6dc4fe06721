/** The history sheet read back from its grid, like any other sheet: whatever a user did to it, never a throw. */
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import { countStatuses } from '../countStatuses';
import type { CellValue, Grid } from '../grid';
import { excelSerialToIso } from '../schedule/excelSerialToIso';
import type { StatusCounts } from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { ACTION_KEY, COUNTS_FIRST_STATUS_ROW, COUNTS_HEADER_ROW, COUNTS_TOTAL_ROW, INDICATOR_KEY, ITEM_COLUMNS } from './historyLayout';
import type { History, HistoryRows, SnapshotCounts } from './snapshot';
import { emptyHistoryRows } from './emptyHistoryRows';
import { historyCellReader } from './historyCellReader';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

type Counted = SnapshotCounts & { broken?: true };

/**
 * The history the sheet holds: the snapshots named by the dates of the counts' header (from column F), in date order,
 * each with its total and a count per status from the rows under it; then the header of the actions' columns, whose
 * dates name those snapshots; then every action row (a number for key) and indicator row (`M` and a number) with each
 * snapshot's cell as written (text only: a cell a user turned into anything else is as if empty). Cells are read as
 * they are: `snapshotAt` reads the ones compared with. A key seen twice keeps its first row; a count a user broke is
 * counted again from the snapshot's actions.
 * @example readHistoryGrid(historyGrid).counts.map((s) => s.asOf) //=> ['2024-03-31', '2024-06-30']
 */
export function readHistoryGrid(grid: Grid): History {
  const last = grid.origin.row + grid.values.length - 1;
  const counted = countsOf(grid);
  const counts = counted.map(({ broken: _, ...c }) => c);
  const history: History = { counts, actions: emptyHistoryRows(counts.length), indicators: emptyHistoryRows(counts.length) };
  if (counts.length === 0) return history;
  const order = new Map(counts.map((c, i) => [c.asOf, i]));
  let row = COUNTS_FIRST_STATUS_ROW + CANONICAL_STATUSES.length;
  let columns: (number | null)[] = [];
  for (; row <= last && columns.length === 0; row++) columns = snapshotColumns(grid, row, order, counts.length);
  const seen = new Set<string>();
  for (; row <= last; row++) {
    const line = grid.values[row - grid.origin.row] ?? [];
    const key = textOf(at(grid, line, ITEM_COLUMNS.key));
    const rows = ACTION_KEY.test(key) ? history.actions : INDICATOR_KEY.test(key) ? history.indicators : null;
    if (!rows || seen.has(key)) continue;
    seen.add(key);
    addRow(rows, grid, line, key, columns);
  }
  counted.forEach((c, i) => {
    if (c.broken) counts[i] = { asOf: c.asOf, total: c.total, byStatus: countedStatuses(history.actions, i) };
  });
  return history;
}

/** The counts' columns, in date order; a date seen twice keeps its first column. */
function countsOf(grid: Grid): Counted[] {
  const byDate = new Map<string, Counted>();
  for (const [col, asOf] of datedColumns(grid, COUNTS_HEADER_ROW)) {
    if (byDate.has(asOf)) continue;
    const total = countOf(cell(grid, COUNTS_TOTAL_ROW, col));
    const byStatus = countStatuses([]);
    let broken = total === null;
    CANONICAL_STATUSES.forEach((s, i) => {
      const n = countOf(cell(grid, COUNTS_FIRST_STATUS_ROW + i, col));
      if (n === null) broken = true;
      else byStatus[s] = n;
    });
    byDate.set(asOf, { asOf, total: total ?? 0, byStatus, ...(broken ? { broken: true as const } : {}) });
  }
  return [...byDate.values()].sort((a, b) => a.asOf.localeCompare(b.asOf));
}

/** A snapshot's counts from its actions' cells, for counts a user broke. */
function countedStatuses(actions: HistoryRows, index: number): StatusCounts {
  const read = historyCellReader();
  return countStatuses((actions.cells[index] ?? []).flatMap((cell) => read.item(cell ?? '')?.status ?? []));
}

function cell(grid: Grid, row: number, col0: number): CellValue {
  return cellAt(grid, row, col0 + 1);
}

/** The columns of a row, from the snapshots' first, that hold a date, with the date as ISO. */
function datedColumns(grid: Grid, row: number): [col: number, asOf: string][] {
  const columns: [number, string][] = [];
  const width = (grid.values[row - grid.origin.row]?.length ?? 0) + grid.origin.col - 1;
  for (let col = ITEM_COLUMNS.firstSnapshot; col < width; col++) {
    const asOf = isoOf(cell(grid, row, col));
    if (asOf !== null) columns.push([col, asOf]);
  }
  return columns;
}

/**
 * Per snapshot, the column of a header row whose date names it, or null where none does (its cells are empty); none at
 * all: the row is not the header.
 */
function snapshotColumns(grid: Grid, row: number, order: ReadonlyMap<string, number>, snapshots: number): (number | null)[] {
  const columns = new Array<number | null>(snapshots).fill(null);
  let found = false;
  for (const [col, asOf] of datedColumns(grid, row)) {
    const index = order.get(asOf);
    if (index === undefined || columns[index] !== null) continue;
    columns[index] = col;
    found = true;
  }
  return found ? columns : [];
}

/** A row of the grid added to the history's rows: its item columns, and its cell (text only) in each snapshot's column. */
function addRow(rows: HistoryRows, grid: Grid, line: readonly CellValue[], key: string, columns: readonly (number | null)[]): void {
  const rowAt = at(grid, line, ITEM_COLUMNS.row);
  const number = textOf(at(grid, line, ITEM_COLUMNS.number));
  rows.keys.push(key);
  rows.sheets.push(textOf(at(grid, line, ITEM_COLUMNS.sheet)));
  rows.rows.push(typeof rowAt === 'number' && Number.isInteger(rowAt) && rowAt > 0 ? rowAt : 1);
  rows.numbers.push(number === '' ? null : number);
  rows.texts.push(textOf(at(grid, line, ITEM_COLUMNS.text)));
  columns.forEach((col, index) => {
    const value = col === null ? null : at(grid, line, col);
    rows.cells[index]?.push(typeof value === 'string' && value !== '' ? value : null);
  });
}

/** The cell of a grid's row in the sheet's column `col0` (0-based from A). */
function at(grid: Grid, line: readonly CellValue[], col0: number): CellValue {
  return line[col0 + 1 - grid.origin.col] ?? null;
}

/** A date cell read as ISO: a serial, a Date, ISO text or the d.m.yyyy the header is written in. */
function isoOf(value: CellValue): string | null {
  if (typeof value === 'number') return excelSerialToIso(value);
  const text = cellText(value).trim();
  if (ISO.test(text)) return text;
  const m = FINNISH_DATE.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  return isoValid(iso) ? iso : null;
}

function isoValid(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}

function countOf(value: CellValue): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** Text as it was written; numbers and dates a host turned into values are read as their text. */
function textOf(value: CellValue): string {
  return typeof value === 'string' ? value : cellText(value);
}
