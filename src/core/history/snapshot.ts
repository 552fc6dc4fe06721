/** What the history sheet keeps of each summary: its counts and, per action and indicator, enough to recognise it next time. */
import type { CanonicalStatus, StatusCounts, Verdict } from '../schema/report';

export interface SnapshotItem {
  /** Stable across snapshots: an item matched with an earlier one keeps that one's key. */
  key: string;
  sheet: string;
  row: number;
  /** The action's own number as written ("3.a"), where it has one. */
  number: string | null;
  action: string;
  status: CanonicalStatus;
  overdue: boolean;
}

export interface SnapshotIndicator {
  /** Stable across snapshots, like an item's (`M1`, `M2`, …). */
  key: string;
  sheet: string;
  row: number;
  indicator: string;
  verdict: Verdict;
  /** The latest value the indicator had, or null. */
  latest: number | null;
}

/**
 * A snapshot's actions, a column at a time: entry `i` of each column is action `i`. Today's has an entry per action of
 * the report; one read from the history sheet has an entry per row of its actions, and those of other snapshots only are
 * there with a null status. At 100 000 actions this is a few arrays, not 100 000 objects.
 */
export interface SnapshotActions {
  /** Stable across snapshots: an action matched with an earlier one keeps that one's key. */
  keys: readonly string[];
  sheets: readonly string[];
  rows: ArrayLike<number>;
  /** The action's own number as written ("3.a"), or null. */
  numbers: readonly (string | null)[];
  texts: readonly string[];
  /** Null where this snapshot did not have the action. */
  statuses: readonly (CanonicalStatus | null)[];
  /** 1 where the action was overdue. */
  overdue: Uint8Array;
}

/** A snapshot's indicators, a column at a time, like its actions. */
export interface SnapshotIndicators {
  keys: readonly string[];
  sheets: readonly string[];
  rows: ArrayLike<number>;
  texts: readonly string[];
  /** Null where this snapshot did not have the indicator. */
  verdicts: readonly (Verdict | null)[];
  /** The latest value the indicator had, or null. */
  latest: readonly (number | null)[];
}

export interface Snapshot {
  /** ISO date of the summary. */
  asOf: string;
  total: number;
  byStatus: StatusCounts;
  actions: SnapshotActions;
  indicators: SnapshotIndicators;
}

/** A snapshot an object per action and indicator, as fixtures and tests write one (`snapshotOfItems`, `itemsOfSnapshot`). */
export interface SnapshotOfItems {
  asOf: string;
  total: number;
  byStatus: StatusCounts;
  items: SnapshotItem[];
  indicators: SnapshotIndicator[];
}

/** A snapshot's counts, as the history sheet's counts rows keep them. */
export interface SnapshotCounts {
  asOf: string;
  total: number;
  byStatus: StatusCounts;
}

/**
 * The actions' (or indicators') rows of the history sheet, a column at a time: entry `i` of every array is row `i`. At
 * 100 000 actions over eight quarters this is a dozen arrays, not 100 000 objects each with an array of its own, so
 * a report's history neither allocates nor collects per row on its way from the read grid to the plan.
 */
export interface HistoryRows {
  /** Never the same twice: the sheet's reader keeps a key's first row, and a merge writes each key once. */
  keys: string[];
  sheets: string[];
  rows: number[];
  /** The action's own number as written, or null. */
  numbers: (string | null)[];
  /** The action's or indicator's text as last seen. */
  texts: string[];
  /** Per snapshot, in the order of `History.counts`: each row's cell as written, or null where it was not in it. */
  cells: (string | null)[][];
}

/**
 * The history sheet as the tool carries it from one report to the next: earlier snapshots' cells pass through as
 * they were read, so a report over 100 000 actions with seven earlier snapshots neither parses nor re-writes them one
 * object at a time; only the snapshots compared with are read into `Snapshot`s.
 */
export interface History {
  /** In date order. */
  counts: SnapshotCounts[];
  actions: HistoryRows;
  indicators: HistoryRows;
}
