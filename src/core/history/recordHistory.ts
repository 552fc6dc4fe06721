/** Adds this report to the workbook's history and says what changed since an earlier snapshot. */
import type { Grid } from '../grid';
import type { Report } from '../schema/report';
import { compareSnapshots } from './compareSnapshots';
import { MAX_SNAPSHOTS } from './historyLayout';
import { isHistoryGrid } from './isHistoryGrid';
import { keyItems } from './keyItems';
import { matchItems, type ItemMatch, type MatchEntry } from './matchItems';
import { readHistoryGrid } from './readHistoryGrid';
import type { Snapshot, SnapshotIndicator } from './snapshot';
import { snapshotOfReport } from './snapshotOfReport';

export interface RecordedHistory {
  /** The report with its `changes` and `history`. */
  report: Report;
  /** Every snapshot for the history sheet, in date order, this report's included (the latest `MAX_SNAPSHOTS`). */
  snapshots: Snapshot[];
}

/**
 * Reads the history sheet among the workbook's grids (none: a new history), drops its snapshot of this as-of
 * date (regenerating replaces it) and adds this report's. Keys follow the latest earlier snapshot; the changes
 * are against it, or against the latest snapshot on or before `since` when the user picked a date. No earlier
 * snapshot: `changes` is null. The sheet keeps the latest `MAX_SNAPSHOTS`.
 * @example recordHistory(juneReport, workbook.sheets, null).report.changes?.since //=> '2024-03-31'
 */
export function recordHistory(report: Omit<Report, 'changes' | 'history'>, sheets: readonly Grid[], since: string | null): RecordedHistory {
  const grid = sheets.find(isHistoryGrid);
  const kept = (grid ? readHistoryGrid(grid) : []).filter((s) => s.asOf !== report.asOf);
  const current = snapshotOfReport(report);
  const earlier = kept.filter((s) => s.asOf < report.asOf);
  const latest = earlier.at(-1);
  const matches = matchSnapshots(latest, current);
  const keyed = keyedSnapshot(current, latest, matches, kept);

  const base = since === null ? latest : earlier.filter((s) => s.asOf <= since).at(-1);
  const baseMatches = base === latest ? matches : base ? matchSnapshots(base, current) : null;
  const snapshots = [...kept, keyed].sort((a, b) => a.asOf.localeCompare(b.asOf)).slice(-MAX_SNAPSHOTS);
  return {
    report: {
      ...report,
      changes: base && baseMatches ? compareSnapshots(base, current, baseMatches.items, baseMatches.indicators) : null,
      history: snapshots.map((s) => ({ asOf: s.asOf, total: s.total, byStatus: s.byStatus })),
    },
    snapshots,
  };
}

interface SnapshotMatches {
  items: ItemMatch;
  indicators: ItemMatch;
}

function matchSnapshots(earlier: Snapshot | undefined, later: Snapshot): SnapshotMatches {
  if (!earlier) return { items: noMatch(later.items.length), indicators: noMatch(later.indicators.length) };
  return {
    items: matchItems(earlier.items, later.items),
    indicators: matchItems(earlier.indicators.map(asMatchEntry), later.indicators.map(asMatchEntry)),
  };
}

/** Today's snapshot with its keys: inherited from the latest earlier snapshot where matched, new otherwise. */
function keyedSnapshot(current: Snapshot, latest: Snapshot | undefined, matches: SnapshotMatches, kept: readonly Snapshot[]): Snapshot {
  const keys = kept.flatMap((s) => [...s.items.map((i) => i.key), ...s.indicators.map((i) => i.key)]);
  return {
    ...current,
    items: keyItems(current.items, latest?.items ?? [], matches.items, keys),
    indicators: keyItems(current.indicators, latest?.indicators ?? [], matches.indicators, keys, 'M'),
  };
}

function asMatchEntry(indicator: SnapshotIndicator): MatchEntry {
  return { sheet: indicator.sheet, row: indicator.row, number: null, action: indicator.indicator };
}

function noMatch(count: number): ItemMatch {
  return { pairs: [], added: Array.from({ length: count }, (_, i) => i), dropped: [] };
}
