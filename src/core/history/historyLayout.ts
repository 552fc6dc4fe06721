/**
 * Where the history sheet keeps what: the planner writes it and the reader reads it back by position, so
 * that a sheet written in Finnish is read alike after the user switches to Swedish.
 *
 * One row per action (and per indicator) across every snapshot, one column per snapshot: an action kept for
 * eight quarters is one row of thirteen cells, not eight rows of nine, so a history of 100 000 actions stays
 * about the size of the actions themselves.
 */

/**
 * Row 1 the title, row 2 the note; row 4 the counts' header (each snapshot's date in its column), row 5 the totals, then
 * a row per canonical status in their order: the counts sit in the same columns as the actions' statuses below them.
 */
export const COUNTS_HEADER_ROW = 4;
export const COUNTS_TOTAL_ROW = 5;
export const COUNTS_FIRST_STATUS_ROW = 6;

/** Columns of an action's or indicator's row (0-based); the snapshots' columns follow, oldest first. */
export const ITEM_COLUMNS = { key: 0, sheet: 1, row: 2, number: 3, text: 4, firstSnapshot: 5 } as const;

/** The snapshots the sheet keeps, the latest ones: quarterly reports for five years. */
export const MAX_SNAPSHOTS = 20;

/** An action's key: a plain number (written to the sheet as a number). */
export const ACTION_KEY = /^\d+$/;

/** An indicator's key: a letter and a number, apart from the actions' plain numbers. */
export const INDICATOR_KEY = /^M\d+$/;

/**
 * The columns the reader reads (A to Y: the item columns and the snapshots'). A host may read no further: the marker's
 * column and the empty ones before it carry nothing the reader looks at.
 */
export const HISTORY_READ_COLUMNS = ITEM_COLUMNS.firstSnapshot + MAX_SNAPSHOTS;
