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

export interface Snapshot {
  /** ISO date of the summary. */
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
