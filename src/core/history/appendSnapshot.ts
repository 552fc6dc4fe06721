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
 * Earlier cells pass through as they were read: nothing of an earlier snapshot is parsed or rewritten. `known`: the
 * row of the history each of today's entries continues, when matching has told (then no key is looked up).
 * @example appendSnapshot(march, june, texts).counts.map((c) => c.asOf) //=> ['2024-03-31', '2024-06-30']
 */
export function appendSnapshot(history: History, snapshot: Snapshot, texts: HistoryCellTexts, known?: KnownRows): History {
  const at = history.counts.filter((c) => c.asOf < snapshot.asOf).length;
  const counts = [...history.counts];
  counts.splice(at, 0, { asOf: snapshot.asOf, total: snapshot.total, byStatus: snapshot.byStatus });
  const drop = Math.max(0, counts.length - MAX_SNAPSHOTS);
  const oldest = (index: number) => index < drop;
  const { actions, indicators } = snapshot;
  const actionCell = (i: number) => {
    const status = actions.statuses[i];
    return status ? texts.item({ status, overdue: actions.overdue[i] === 1 }) : null;
  };
  const indicatorCell = (i: number) => {
    const verdict = indicators.verdicts[i];
    return verdict ? texts.indicator({ verdict, latest: indicators.latest[i] ?? null }) : null;
  };
  return {
    counts: counts.slice(drop),
    actions: dropSnapshots(
      mergeRows(history.actions, { ...actions, present: actions.statuses, cell: actionCell }, at, known?.items),
      oldest,
    ),
    indicators: dropSnapshots(
      mergeRows(history.indicators, { ...indicators, present: indicators.verdicts, cell: indicatorCell }, at, known?.indicators),
      oldest,
    ),
  };
}

/** Today's entries as they go into the history's rows: their columns, and each one's cell of this snapshot. */
interface EntriesOfToday {
  keys: readonly string[];
  sheets: readonly string[];
  rows: ArrayLike<number>;
  numbers?: readonly (string | null)[];
  texts: readonly string[];
  /** Null where the entry is not in this snapshot: it gets no row. */
  present: readonly unknown[];
  cell(i: number): string | null;
}

/** Per entry of today, the row of the history's actions (or indicators) it continues, or -1: a new one. */
export interface KnownRows {
  items: Int32Array;
  indicators: Int32Array;
}

/**
 * Today's rows, then the earlier rows today lacks; each earlier snapshot's column follows its rows to their new places
 * and today's column goes in at `at`. A key today has twice keeps its first row. When no row moved, the earlier
 * columns are kept as they are, not copied.
 */
function mergeRows(rows: HistoryRows, today: EntriesOfToday, at: number, known?: Int32Array): HistoryRows {
  const fromOfToday = known ?? earlierRowsByKey(rows.keys, today.keys);
  const taken = new Uint8Array(rows.keys.length);
  let placed = 0;
  fromOfToday.forEach((before, l) => {
    if (before === SKIPPED || today.present[l] === null) return;
    placed++;
    if (before >= 0) taken[before] = 1;
  });
  const length = placed + taken.length - taken.reduce((sum, t) => sum + t, 0);
  const merged = emptyHistoryRows(0, length);
  /** Per merged row, the earlier row whose cells it takes (-1: none), and today's cell. */
  const from = new Int32Array(length);
  const cellsOfToday = new Array<string | null>(length).fill(null);
  let m = 0;
  for (let l = 0; l < today.keys.length; l++) {
    const before = fromOfToday[l] ?? -1;
    const cell = before === SKIPPED ? null : today.cell(l);
    if (cell === null) continue;
    const [key, sheet, row, number, text] = [today.keys[l], today.sheets[l], today.rows[l], today.numbers?.[l], today.texts[l]];
    setRow(merged, m, key ?? '', sheet ?? '', row ?? 1, number ?? null, text ?? '');
    from[m] = before;
    cellsOfToday[m++] = cell;
  }
  for (let r = 0; r < taken.length; r++) {
    if (taken[r]) continue;
    setRow(merged, m, rows.keys[r] ?? '', rows.sheets[r] ?? '', rows.rows[r] ?? 1, rows.numbers[r] ?? null, rows.texts[r] ?? '');
    from[m++] = r;
  }
  const unmoved = length === rows.keys.length && from.every((r, i) => r === i);
  merged.cells = unmoved ? [...rows.cells] : rows.cells.map((column) => Array.from(from, (r) => (r < 0 ? null : (column[r] ?? null))));
  merged.cells.splice(at, 0, cellsOfToday);
  return merged;
}

/** Per entry of today, the first earlier row with its key (-1: none; SKIPPED: its key came earlier today). */
function earlierRowsByKey(keys: readonly string[], today: readonly string[]): Int32Array {
  const earlier = new Map<string, number>();
  keys.forEach((key, r) => {
    if (!earlier.has(key)) earlier.set(key, r);
  });
  return Int32Array.from(today, (key) => {
    const before = earlier.get(key);
    if (before === PLACED) return SKIPPED;
    earlier.set(key, PLACED);
    return before ?? -1;
  });
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
