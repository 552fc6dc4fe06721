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
  if (counts.length === 0) return { counts, actions: emptyHistoryRows(0), indicators: emptyHistoryRows(0) };
  const order = new Map(counts.map((c, i) => [c.asOf, i]));
  let row = COUNTS_FIRST_STATUS_ROW + CANONICAL_STATUSES.length;
  let columns: (number | null)[] = [];
  for (; row <= last && columns.length === 0; row++) columns = snapshotColumns(grid, row, order, counts.length);
  const history: History = { counts, ...entryRows(grid, row - grid.origin.row, columns, counts.length) };
  counted.forEach((c, i) => {
    if (c.broken) counts[i] = { asOf: c.asOf, total: c.total, byStatus: countedStatuses(history.actions, i) };
  });
  return history;
}

/**
 * The action and indicator rows from grid line `first` on, with a column of cells for each of `snapshots` (empty where
 * the header named none), each array made at its length: the key cells are looked at first to count them. A key seen
 * twice keeps its first row, and the arrays end where the rows did.
 */
function entryRows(
  grid: Grid,
  first: number,
  columns: readonly (number | null)[],
  snapshots: number,
): Pick<History, 'actions' | 'indicators'> {
  const shift = 1 - grid.origin.col;
  const kinds = new Uint8Array(Math.max(0, grid.values.length - first));
  let actionRows = 0;
  let indicatorRows = 0;
  let largest = 0;
  for (let i = 0; i < kinds.length; i++) {
    const raw = grid.values[first + i]?.[ITEM_COLUMNS.key + shift];
    const kind = kindOf(raw);
    kinds[i] = kind;
    if (kind === ACTION) {
      actionRows++;
      largest = Math.max(largest, wholeKeyOf(raw) ?? 0);
    } else if (kind === INDICATOR) indicatorRows++;
  }
  const actions = emptyHistoryRows(snapshots, actionRows);
  const indicators = emptyHistoryRows(snapshots, indicatorRows);
  let actionsSet = 0;
  let indicatorsSet = 0;
  const seen = keysSeen(largest, kinds.length);
  for (let i = 0; i < kinds.length; i++) {
    const line = grid.values[first + i];
    const kind = kinds[i];
    if (!line || kind === NO_KEY) continue;
    const raw = line[ITEM_COLUMNS.key + shift];
    const key = typeof raw === 'number' ? String(raw) : String(raw ?? '');
    if (seen(key, kind === ACTION ? wholeKeyOf(raw) : null)) continue;
    if (kind === ACTION) setRow(actions, actionsSet++, line, shift, key, columns);
    else setRow(indicators, indicatorsSet++, line, shift, key, columns);
  }
  return { actions: truncated(actions, actionsSet), indicators: truncated(indicators, indicatorsSet) };
}

/**
 * Whether a key was seen before, and from now on it is: a whole number (how the tool writes action keys) up to `largest`
 * in a bitmap, any other key by its text. 100 000 keys hashed into a set had cost a third of the reading.
 */
function keysSeen(largest: number, lines: number): (key: string, whole: number | null) => boolean {
  const texts = new Set<string>();
  // No larger than a few times the sheet: a key a user typed as 99 999 999 sends every key to the set.
  const numbers = largest <= 4 * lines + 1024 ? new Uint8Array(largest + 1) : null;
  return (key, whole) => {
    if (numbers && whole !== null) {
      const before = numbers[whole] === 1;
      numbers[whole] = 1;
      return before;
    }
    const before = texts.has(key);
    texts.add(key);
    return before;
  };
}

/** An action key as a whole number, when its text is that number's (`12`, not `012`); else null. */
function wholeKeyOf(raw: CellValue | undefined): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 ? raw : null;
  if (typeof raw !== 'string') return null;
  const whole = Number(raw);
  return Number.isSafeInteger(whole) && String(whole) === raw ? whole : null;
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

/** A row of the grid set as row `r` of the history's rows: its item columns, and its cell (text only) in each snapshot's column. */
function setRow(
  rows: HistoryRows,
  r: number,
  line: readonly CellValue[],
  shift: number,
  key: string,
  columns: readonly (number | null)[],
): void {
  const rowAt = line[ITEM_COLUMNS.row + shift];
  const number = textOf(line[ITEM_COLUMNS.number + shift] ?? null);
  rows.keys[r] = key;
  rows.sheets[r] = textOf(line[ITEM_COLUMNS.sheet + shift] ?? null);
  rows.rows[r] = typeof rowAt === 'number' && Number.isInteger(rowAt) && rowAt > 0 ? rowAt : 1;
  rows.numbers[r] = number === '' ? null : number;
  rows.texts[r] = textOf(line[ITEM_COLUMNS.text + shift] ?? null);
  for (let index = 0; index < columns.length; index++) {
    const col = columns[index];
    const value = col === null || col === undefined ? null : line[col + shift];
    const cells = rows.cells[index];
    if (cells) cells[r] = typeof value === 'string' && value !== '' ? value : null;
  }
}

const NO_KEY = 0;
const ACTION = 1;
const INDICATOR = 2;

/** Whose key a key cell holds: an action's (a whole number, as the tool writes them, or its text), an indicator's, or none. */
function kindOf(value: CellValue | undefined): typeof NO_KEY | typeof ACTION | typeof INDICATOR {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? ACTION : NO_KEY;
  if (typeof value !== 'string') return NO_KEY;
  return ACTION_KEY.test(value) ? ACTION : INDICATOR_KEY.test(value) ? INDICATOR : NO_KEY;
}

/** `rows` cut to their first `length` rows. */
function truncated(rows: HistoryRows, length: number): HistoryRows {
  for (const column of [rows.keys, rows.sheets, rows.rows, rows.numbers, rows.texts, ...rows.cells]) column.length = length;
  return rows;
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
