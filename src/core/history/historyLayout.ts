/**
 * Where the history sheet keeps what: the planner writes it and the reader reads it back by position, so
 * that a sheet written in Finnish is read alike after the user switches to Swedish.
 */

/** Row 1 the title, row 2 the note, row 4 the header of the snapshots' counts, their rows from row 5. */
export const COUNTS_HEADER_ROW = 4;

/** Columns of a counts row: the as-of date, the total, then one count per canonical status. */
export const COUNTS_COLUMNS = { asOf: 0, total: 1, firstStatus: 2 } as const;

/** Columns of an item row (0-based). */
export const ITEM_COLUMNS = {
  asOf: 0,
  key: 1,
  sheet: 2,
  row: 3,
  number: 4,
  action: 5,
  statusLabel: 6,
  status: 7,
  overdue: 8,
} as const;

/**
 * The first column after an item's own: the extension point where each indicator's latest value and verdict
 * will go once the report reads indicators. Nothing is written there yet.
 */
export const INDICATOR_COLUMNS_START = 9;

/**
 * The columns the reader reads (A to K: a counts row's date, total and nine statuses is the widest). A host may read no
 * further: the marker's column and the empty ones before it carry nothing the reader looks at.
 */
export const HISTORY_READ_COLUMNS = 11;
