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
