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
  const actions = snapshot.items.map((i): HistoryRow => ({
    key: i.key,
    sheet: i.sheet,
    row: i.row,
    number: i.number,
    text: i.action,
    cells: [texts.item(i)],
  }));
  const indicators = snapshot.indicators.map((i): HistoryRow => ({
    key: i.key,
    sheet: i.sheet,
    row: i.row,
    number: null,
    text: i.indicator,
    cells: [texts.indicator(i)],
  }));
  return {
    counts: counts.slice(drop),
    actions: trim(mergeRows(history.actions, actions, at, width), drop),
    indicators: trim(mergeRows(history.indicators, indicators, at, width), drop),
  };
}

/** Today's rows (each with its one cell) with their earlier cells around it, then the earlier rows today lacks. */
function mergeRows(rows: readonly HistoryRow[], today: HistoryRow[], at: number, width: number): HistoryRow[] {
  const earlier = new Map<string, HistoryRow>();
  for (const r of rows) earlier.set(r.key, r);
  const merged: HistoryRow[] = [];
  const placed = new Set<string>();
  for (const row of today) {
    if (placed.has(row.key)) continue;
    placed.add(row.key);
    row.cells = insertAt(earlier.get(row.key)?.cells ?? null, at, row.cells[0] ?? null, width);
    merged.push(row);
  }
  for (const row of rows) {
    if (!placed.has(row.key)) merged.push({ ...row, cells: insertAt(row.cells, at, null, width) });
  }
  return merged;
}

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
