/** Adds this report to the workbook's history and says what changed since an earlier snapshot. */
import type { Grid } from '../grid';
import type { Report } from '../schema/report';
import { compareSnapshots } from './compareSnapshots';
import { isHistoryGrid } from './isHistoryGrid';
import { keyItems } from './keyItems';
import { matchItems, type ItemMatch } from './matchItems';
import { readHistoryGrid } from './readHistoryGrid';
import type { Snapshot } from './snapshot';
import { snapshotOfReport } from './snapshotOfReport';

export interface RecordedHistory {
  /** The report with its `changes` and `history`. */
  report: Report;
  /** Every snapshot for the history sheet, in date order, this report's included. */
  snapshots: Snapshot[];
}

/**
 * Reads the history sheet among the workbook's grids (none: a new history), drops its snapshot of this as-of
 * date (regenerating replaces it) and adds this report's. Keys follow the latest earlier snapshot; the changes
 * are against it, or against the latest snapshot on or before `since` when the user picked a date. No earlier
 * snapshot: `changes` is null.
 * @example recordHistory(juneReport, workbook.sheets, null).report.changes?.since //=> '2024-03-31'
 */
export function recordHistory(report: Omit<Report, 'changes' | 'history'>, sheets: readonly Grid[], since: string | null): RecordedHistory {
  const grid = sheets.find(isHistoryGrid);
  const kept = (grid ? readHistoryGrid(grid) : []).filter((s) => s.asOf !== report.asOf);
  const current = snapshotOfReport(report);
  const earlier = kept.filter((s) => s.asOf < report.asOf);
  const latest = earlier.at(-1);
  const latestMatch = latest ? matchItems(latest.items, current.items) : null;
  const keyed: Snapshot = { ...current, items: keyItems(current.items, latest?.items ?? [], latestMatch ?? noMatch(current), kept) };

  const base = since === null ? latest : earlier.filter((s) => s.asOf <= since).at(-1);
  const match = base === latest ? latestMatch : base ? matchItems(base.items, current.items) : null;
  const snapshots = [...kept, keyed].sort((a, b) => a.asOf.localeCompare(b.asOf));
  return {
    report: {
      ...report,
      changes: base && match ? compareSnapshots(base, current, match) : null,
      history: snapshots.map((s) => ({ asOf: s.asOf, total: s.total, byStatus: s.byStatus })),
    },
    snapshots,
  };
}

function noMatch(current: Snapshot): ItemMatch {
  return { pairs: [], added: current.items.map((_, i) => i), dropped: [] };
}
