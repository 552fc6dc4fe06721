/** The history sheet read back from its grid, like any other sheet: whatever a user did to it, never a throw. */
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import { countStatuses } from '../countStatuses';
import type { CellValue, Grid } from '../grid';
import { excelSerialToIso } from '../schedule/excelSerialToIso';
import { CANONICAL_STATUSES, type CanonicalStatus } from '../schema/report';
import { COUNTS_COLUMNS, COUNTS_HEADER_ROW, ITEM_COLUMNS } from './historyLayout';
import type { Snapshot, SnapshotItem } from './snapshot';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES: ReadonlySet<string> = new Set(CANONICAL_STATUSES);

/**
 * The snapshots the sheet holds, in date order: the counts rows under the counts header (up to the first row
 * that is none), then every item row below them whose date names one of those snapshots. A row a user broke
 * (no date, an unknown status code) is left out; a snapshot whose counts cannot be read takes its items' counts.
 * @example readHistoryGrid(historyGrid).map((s) => s.asOf) //=> ['2024-03-31', '2024-06-30']
 */
export function readHistoryGrid(grid: Grid): Snapshot[] {
  const last = grid.origin.row + grid.values.length - 1;
  const byDate = new Map<string, Snapshot & { countsRead: boolean }>();
  const dateOf = dateReader();
  let row = COUNTS_HEADER_ROW + 1;
  for (; row <= last; row++) {
    const asOf = dateOf(cell(grid, row, COUNTS_COLUMNS.asOf));
    const total = countOf(cell(grid, row, COUNTS_COLUMNS.total));
    if (asOf === null || total === null) break;
    const counts = CANONICAL_STATUSES.map((_, i) => countOf(cell(grid, row, COUNTS_COLUMNS.firstStatus + i)));
    const byStatus = countStatuses([]);
    CANONICAL_STATUSES.forEach((s, i) => (byStatus[s] = counts[i] ?? 0));
    byDate.set(asOf, { asOf, total, byStatus, items: [], countsRead: counts.every((c) => c !== null) });
  }
  for (; row <= last; row++) {
    const asOf = dateOf(cell(grid, row, ITEM_COLUMNS.asOf));
    const snapshot = asOf === null ? undefined : byDate.get(asOf);
    const item = snapshot ? itemOf(grid, row) : null;
    if (snapshot && item) snapshot.items.push(item);
  }
  return [...byDate.values()]
    .sort((a, b) => a.asOf.localeCompare(b.asOf))
    .map(({ countsRead, ...snapshot }) =>
      countsRead ? snapshot : { ...snapshot, byStatus: countStatuses(snapshot.items.map((i) => i.status)) },
    );
}

function cell(grid: Grid, row: number, col0: number): CellValue {
  return cellAt(grid, row, col0 + 1);
}

/** A date cell read as ISO; a snapshot's rows all hold one date, so the last answer is kept. */
function dateReader(): (value: CellValue) => string | null {
  let lastValue: CellValue = null;
  let lastIso: string | null = null;
  return (value) => {
    if (value === lastValue && typeof value !== 'object') return lastIso;
    const text = typeof value === 'number' ? excelSerialToIso(value) : cellText(value);
    lastValue = value;
    lastIso = text !== null && ISO.test(text) ? text : null;
    return lastIso;
  };
}

function countOf(value: CellValue): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function itemOf(grid: Grid, row: number): SnapshotItem | null {
  const c = ITEM_COLUMNS;
  const status = cell(grid, row, c.status);
  if (typeof status !== 'string' || !STATUSES.has(status)) return null;
  const itemRow = cell(grid, row, c.row);
  const number = textOf(cell(grid, row, c.number));
  return {
    key: textOf(cell(grid, row, c.key)),
    sheet: textOf(cell(grid, row, c.sheet)),
    row: typeof itemRow === 'number' && Number.isInteger(itemRow) && itemRow > 0 ? itemRow : 1,
    number: number === '' ? null : number,
    action: textOf(cell(grid, row, c.action)),
    status: status as CanonicalStatus,
    overdue: cell(grid, row, c.overdue) === true,
  };
}

/** Text as it was written; numbers and dates a host turned into values are read as their text. */
function textOf(value: CellValue): string {
  return typeof value === 'string' ? value : cellText(value);
}
