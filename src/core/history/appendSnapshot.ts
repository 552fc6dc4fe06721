/** The history with today's snapshot in its place among the others, the oldest dropped past what the sheet keeps. */
import { MAX_SNAPSHOTS } from './historyLayout';
import type { HistoryCellTexts } from './historyCellTexts';
import type { History, HistoryRow, Snapshot } from './snapshot';

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
  const width = history.counts.length;
  const place = { at, width };
  return {
    counts: counts.slice(drop),
    actions: trim(
      mergeRows(history.actions, snapshot.items, (i) => [i.number, i.action, texts.item(i)], place),
      drop,
    ),
    indicators: trim(
      mergeRows(history.indicators, snapshot.indicators, (i) => [null, i.indicator, texts.indicator(i)], place),
      drop,
    ),
  };
}

/** What today's entry puts in its row: its number, its text and its cell of this snapshot. */
type RowOfToday = [number: string | null, text: string, cell: string];

/**
 * Today's rows, each made once with its earlier cells around today's, then the earlier rows today lacks. A key today has
 * twice keeps its first row.
 */
function mergeRows<T extends { key: string; sheet: string; row: number }>(
  rows: readonly HistoryRow[],
  today: readonly T[],
  rowOf: (entry: T) => RowOfToday,
  { at, width }: { at: number; width: number },
): HistoryRow[] {
  const earlier = new Map<string, HistoryRow | typeof PLACED>();
  for (const r of rows) earlier.set(r.key, r);
  const merged: HistoryRow[] = [];
  for (const entry of today) {
    const before = earlier.get(entry.key);
    if (before === PLACED) continue;
    earlier.set(entry.key, PLACED);
    const [number, text, cell] = rowOf(entry);
    merged.push({
      key: entry.key,
      sheet: entry.sheet,
      row: entry.row,
      number,
      text,
      cells: insertAt(before?.cells ?? null, at, cell, width),
    });
  }
  for (const row of rows) {
    if (earlier.get(row.key) !== PLACED) merged.push({ ...row, cells: insertAt(row.cells, at, null, width) });
  }
  return merged;
}

/** A key whose row today's snapshot has made. */
const PLACED = Symbol('placed');

/** `cells` (or `width` empty ones) with `cell` at `at`. */
function insertAt(cells: readonly (string | null)[] | null, at: number, cell: string | null, width: number): (string | null)[] {
  const out = new Array<string | null>(width + 1);
  for (let i = 0; i < width; i++) out[i < at ? i : i + 1] = cells?.[i] ?? null;
  out[at] = cell;
  return out;
}

function trim(rows: HistoryRow[], drop: number): HistoryRow[] {
  if (drop === 0) return rows;
  return rows.map((r) => ({ ...r, cells: r.cells.slice(drop) })).filter((r) => r.cells.some((c) => c !== null));
}
