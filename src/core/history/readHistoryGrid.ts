/** The history sheet read back from its grid, like any other sheet: whatever a user did to it, never a throw. */
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import { countStatuses } from '../countStatuses';
import type { CellValue, Grid } from '../grid';
import { excelSerialToIso } from '../schedule/excelSerialToIso';
import { CANONICAL_STATUSES } from '../schema/report';
import { historyCellReader, type HistoryCellReader } from './historyCellReader';
import { COUNTS_COLUMNS, COUNTS_HEADER_ROW, INDICATOR_KEY, ITEM_COLUMNS } from './historyLayout';
import type { Snapshot } from './snapshot';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ACTION_KEY = /^\d+$/;

interface Column {
  snapshot: Snapshot & { countsRead: boolean };
  col: number;
}

/**
 * The snapshots the sheet holds, in date order: the counts rows under the counts header (up to the first row that is
 * none); then the header of the snapshots' columns, whose dates name those snapshots; then every action row (a number
 * for key) and indicator row (`M` and a number) with what each snapshot's column says of it. A cell a user broke is
 * left out of its snapshot; a snapshot whose counts cannot be read takes its actions' counts.
 * @example readHistoryGrid(historyGrid).map((s) => s.asOf) //=> ['2024-03-31', '2024-06-30']
 */
export function readHistoryGrid(grid: Grid): Snapshot[] {
  const last = grid.origin.row + grid.values.length - 1;
  const byDate = new Map<string, Column['snapshot']>();
  let row = COUNTS_HEADER_ROW + 1;
  for (; row <= last; row++) {
    const snapshot = countsRowAt(grid, row);
    if (!snapshot) break;
    byDate.set(snapshot.asOf, snapshot);
  }
  for (; row <= last && snapshotColumns(grid, row, byDate).length === 0; row++);
  const columns = snapshotColumns(grid, row, byDate);
  const reader = historyCellReader();
  for (row++; row <= last; row++) readEntryRow(grid, row, columns, reader);
  return [...byDate.values()]
    .sort((a, b) => a.asOf.localeCompare(b.asOf))
    .map(({ countsRead, ...snapshot }) =>
      countsRead ? snapshot : { ...snapshot, byStatus: countStatuses(snapshot.items.map((i) => i.status)) },
    );
}

function cell(grid: Grid, row: number, col0: number): CellValue {
  return cellAt(grid, row, col0 + 1);
}

function countsRowAt(grid: Grid, row: number): Column['snapshot'] | null {
  const asOf = isoOf(cell(grid, row, COUNTS_COLUMNS.asOf));
  const total = countOf(cell(grid, row, COUNTS_COLUMNS.total));
  if (asOf === null || total === null) return null;
  const counts = CANONICAL_STATUSES.map((_, i) => countOf(cell(grid, row, COUNTS_COLUMNS.firstStatus + i)));
  const byStatus = countStatuses([]);
  CANONICAL_STATUSES.forEach((s, i) => (byStatus[s] = counts[i] ?? 0));
  return { asOf, total, byStatus, items: [], indicators: [], countsRead: counts.every((c) => c !== null) };
}

/** The columns of a header row whose dates name a snapshot of the counts (none: not the header). */
function snapshotColumns(grid: Grid, row: number, byDate: ReadonlyMap<string, Column['snapshot']>): Column[] {
  const columns: Column[] = [];
  const width = (grid.values[row - grid.origin.row]?.length ?? 0) + grid.origin.col - 1;
  for (let col = ITEM_COLUMNS.firstSnapshot; col < width; col++) {
    const asOf = isoOf(cell(grid, row, col));
    const snapshot = asOf === null ? undefined : byDate.get(asOf);
    if (snapshot) columns.push({ snapshot, col });
  }
  return columns;
}

function readEntryRow(grid: Grid, row: number, columns: readonly Column[], reader: HistoryCellReader): void {
  const key = textOf(cell(grid, row, ITEM_COLUMNS.key));
  const isAction = ACTION_KEY.test(key);
  if (!isAction && !INDICATOR_KEY.test(key)) return;
  const sheet = textOf(cell(grid, row, ITEM_COLUMNS.sheet));
  const itemRow = cell(grid, row, ITEM_COLUMNS.row);
  const at = typeof itemRow === 'number' && Number.isInteger(itemRow) && itemRow > 0 ? itemRow : 1;
  const text = textOf(cell(grid, row, ITEM_COLUMNS.text));
  const number = textOf(cell(grid, row, ITEM_COLUMNS.number));
  for (const { snapshot, col } of columns) {
    const value = cell(grid, row, col);
    if (typeof value !== 'string') continue;
    if (isAction) {
      const read = reader.item(value);
      if (read) snapshot.items.push({ key, sheet, row: at, number: number === '' ? null : number, action: text, ...read });
    } else {
      const read = reader.indicator(value);
      if (read) snapshot.indicators.push({ key, sheet, row: at, indicator: text, ...read });
    }
  }
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
