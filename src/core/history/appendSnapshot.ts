/** The history with today's snapshot in its place among the others, the oldest dropped past what the sheet keeps. */
import { dropSnapshots } from './dropSnapshots';
import { emptyHistoryRows } from './emptyHistoryRows';
import { MAX_SNAPSHOTS } from './historyLayout';
import type { HistoryCellTexts } from './historyCellTexts';
import type { History, HistoryRows, Snapshot } from './snapshot';

/**
 * Puts `snapshot` (keyed) into `history` (which holds no snapshot of its date) at its date's place: its actions and
 * indicators first, in report order, each with its earlier cells where its key had a row, then the rows of keys it no
 * longer has, as they were. Past `MAX_SNAPSHOTS` the oldest snapshots go, and rows left with no cell go with them.
 * Earlier cells pass through as they were read: nothing of an earlier snapshot is parsed or rewritten.
 * @example appendSnapshot(march, june, texts).counts.map((c) => c.asOf) //=> ['2024-03-31', '2024-06-30']
 */
export function appendSnapshot(history: History, snapshot: Snapshot, texts: HistoryCellTexts): History {
  const at = history.counts.filter((c) => c.asOf < snapshot.asOf).length;
  const counts = [...history.counts];
  counts.splice(at, 0, { asOf: snapshot.asOf, total: snapshot.total, byStatus: snapshot.byStatus });
  const drop = Math.max(0, counts.length - MAX_SNAPSHOTS);
  const oldest = (index: number) => index < drop;
  return {
    counts: counts.slice(drop),
    actions: dropSnapshots(
      mergeRows(history.actions, snapshot.items, { number: (i) => i.number, text: (i) => i.action, cell: (i) => texts.item(i) }, at),
      oldest,
    ),
    indicators: dropSnapshots(
      mergeRows(
        history.indicators,
        snapshot.indicators,
        { number: () => null, text: (i) => i.indicator, cell: (i) => texts.indicator(i) },
        at,
      ),
      oldest,
    ),
  };
}

/** What today's entry puts in its row: its number, its text and its cell of this snapshot. */
interface RowOfToday<T> {
  number(entry: T): string | null;
  text(entry: T): string;
  cell(entry: T): string;
}

/**
 * Today's rows, then the earlier rows today lacks; each earlier snapshot's column follows its rows to their new places
 * and today's column goes in at `at`. A key today has twice keeps its first row.
 */
function mergeRows<T extends { key: string; sheet: string; row: number }>(
  rows: HistoryRows,
  today: readonly T[],
  rowOf: RowOfToday<T>,
  at: number,
): HistoryRows {
  const earlier = new Map<string, number>();
  rows.keys.forEach((key, r) => {
    if (!earlier.has(key)) earlier.set(key, r);
  });
  /** Per entry of today, the earlier row whose cells it takes (-1: none; SKIPPED: its key came earlier today). */
  const fromOfToday = today.map((entry) => {
    const before = earlier.get(entry.key);
    if (before === PLACED) return SKIPPED;
    earlier.set(entry.key, PLACED);
    return before ?? -1;
  });
  const left: number[] = [];
  rows.keys.forEach((key, r) => {
    if (earlier.get(key) !== PLACED) left.push(r);
  });
  const placed = fromOfToday.filter((f) => f !== SKIPPED).length;
  const merged = emptyHistoryRows(0, placed + left.length);
  /** Per merged row, the earlier row whose cells it takes (-1: none), and today's cell. */
  const from = new Array<number>(placed + left.length);
  const cellsOfToday = new Array<string | null>(placed + left.length);
  let m = 0;
  today.forEach((entry, l) => {
    const before = fromOfToday[l] ?? -1;
    if (before === SKIPPED) return;
    setRow(merged, m, entry.key, entry.sheet, entry.row, rowOf.number(entry), rowOf.text(entry));
    from[m] = before;
    cellsOfToday[m++] = rowOf.cell(entry);
  });
  for (const r of left) {
    setRow(merged, m, rows.keys[r] ?? '', rows.sheets[r] ?? '', rows.rows[r] ?? 1, rows.numbers[r] ?? null, rows.texts[r] ?? '');
    from[m] = r;
    cellsOfToday[m++] = null;
  }
  merged.cells = rows.cells.map((column) => from.map((r) => (r < 0 ? null : (column[r] ?? null))));
  merged.cells.splice(at, 0, cellsOfToday);
  return merged;
}

/** A key whose row today's snapshot has made. */
const PLACED = -2;
/** An entry of today whose key an earlier entry of today has. */
const SKIPPED = -3;

function setRow(rows: HistoryRows, m: number, key: string, sheet: string, row: number, number: string | null, text: string): void {
  rows.keys[m] = key;
  rows.sheets[m] = sheet;
  rows.rows[m] = row;
  rows.numbers[m] = number;
  rows.texts[m] = text;
}
