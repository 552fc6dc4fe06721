/** Adds this report to the workbook's history and says what changed since an earlier snapshot. */
import { getLocale } from '../locales/getLocale';
import type { Report } from '../schema/report';
import { appendSnapshot } from './appendSnapshot';
import { compareSnapshots } from './compareSnapshots';
import { dropSnapshots } from './dropSnapshots';
import { emptyHistoryRows } from './emptyHistoryRows';
import { historyCellReader } from './historyCellReader';
import { historyCellTexts } from './historyCellTexts';
import { keyItems } from './keyItems';
import { matchItems, UNPAIRED, type ItemMatch } from './matchItems';
import type { History, Snapshot, SnapshotCounts } from './snapshot';
import { snapshotAt } from './snapshotAt';
import { snapshotOfReport } from './snapshotOfReport';

export interface RecordedHistory {
  /** The report with its `changes` and `history`. */
  report: Report;
  /** The history for the history sheet, this report's snapshot included (the latest `MAX_SNAPSHOTS`). */
  history: History;
}

/**
 * Takes the workbook's history as its sheet held it (`readHistory`), drops its snapshot of this as-of date
 * (regenerating replaces it) and adds this report's. Keys follow the latest earlier snapshot; the changes
 * are against it, or against the latest snapshot on or before `since` when the user picked a date. No earlier
 * snapshot: `changes` is null. Only the snapshots compared with are read item by item. `forSheet` false (a report
 * that writes no history sheet): neither keys nor the new history are made, and `history` is the one read.
 * @example recordHistory(juneReport, readHistory(workbook.sheets), null).report.changes?.since //=> '2024-03-31'
 */
export function recordHistory(
  report: Omit<Report, 'changes' | 'history'>,
  stored: History,
  since: string | null,
  forSheet = true,
): RecordedHistory {
  const kept = withoutDate(stored, report.asOf);
  if (!forSheet && kept.counts.length === 0) return { report: { ...report, changes: null, history: [countsOf(report)] }, history: kept };
  const current = snapshotOfReport(report);
  const cellReader = historyCellReader();
  const earlier = kept.counts.filter((c) => c.asOf < report.asOf).length;
  const latest = earlier > 0 ? snapshotAt(kept, earlier - 1, cellReader) : undefined;
  const baseIndex = since === null ? earlier - 1 : kept.counts.filter((c) => c.asOf < report.asOf && c.asOf <= since).length - 1;
  const base = baseIndex === earlier - 1 ? latest : baseIndex >= 0 ? snapshotAt(kept, baseIndex, cellReader) : undefined;
  const matches = forSheet || base === latest ? matchSnapshots(latest, current) : null;
  const baseMatches = base === latest ? matches : base ? matchSnapshots(base, current) : null;
  const changes = base && baseMatches ? compareSnapshots(base, current, baseMatches.items, baseMatches.indicators) : null;
  const texts = historyCellTexts({ asOf: report.asOf, lang: report.lang, locale: getLocale(report.lang) });
  if (!forSheet || !matches) {
    // Only the counts: the same placing and keeping as the sheet's, without its 100 000 rows.
    const none = emptyHistoryRows(kept.counts.length);
    const counted = appendSnapshot({ ...kept, actions: none, indicators: none }, withoutEntries(current), texts);
    return { report: { ...report, changes, history: counted.counts }, history: kept };
  }
  // The latest snapshot's entries are the history's rows: the row each of today's entries continues is its match.
  const known = { items: matches.items.earlierOf, indicators: matches.indicators.earlierOf };
  const history = appendSnapshot(kept, keyedSnapshot(current, latest, matches, kept), texts, known);
  return { report: { ...report, changes, history: [...history.counts] }, history };
}

/** This report's line of the history. */
function countsOf(report: Pick<Report, 'asOf' | 'totals'>): SnapshotCounts {
  return { asOf: report.asOf, total: report.totals.total, byStatus: report.totals.byStatus };
}

/** The history without the snapshot of `asOf`: regenerating for a date replaces its snapshot. */
function withoutDate(history: History, asOf: string): History {
  const at = history.counts.findIndex((c) => c.asOf === asOf);
  if (at < 0) return history;
  const dropped = (index: number) => index === at;
  return {
    counts: history.counts.filter((_, i) => i !== at),
    actions: dropSnapshots(history.actions, dropped),
    indicators: dropSnapshots(history.indicators, dropped),
  };
}

interface SnapshotMatches {
  items: ItemMatch;
  indicators: ItemMatch;
}

function matchSnapshots(earlier: Snapshot | undefined, later: Snapshot): SnapshotMatches {
  if (!earlier) return { items: noMatch(later.actions.keys.length), indicators: noMatch(later.indicators.keys.length) };
  return {
    items: matchItems({ ...earlier.actions, present: earlier.actions.statuses }, later.actions),
    indicators: matchItems({ ...earlier.indicators, present: earlier.indicators.verdicts }, later.indicators),
  };
}

/**
 * Today's snapshot with its keys: inherited from the latest earlier snapshot where matched, new otherwise. The history's
 * action rows hold every action key it has used and its indicator rows every indicator key (`readHistoryGrid` sorts
 * them by key).
 */
function keyedSnapshot(current: Snapshot, latest: Snapshot | undefined, matches: SnapshotMatches, kept: History): Snapshot {
  return {
    ...current,
    actions: { ...current.actions, keys: keyItems(latest?.actions.keys ?? [], matches.items, kept.actions.keys) },
    indicators: { ...current.indicators, keys: keyItems(latest?.indicators.keys ?? [], matches.indicators, kept.indicators.keys, 'M') },
  };
}

/** The snapshot's counts without its actions and indicators. */
function withoutEntries(snapshot: Snapshot): Snapshot {
  const none = { keys: [], sheets: [], rows: [], texts: [] };
  return {
    ...snapshot,
    actions: { ...none, numbers: [], statuses: [], overdue: new Uint8Array(0) },
    indicators: { ...none, verdicts: [], latest: [] },
  };
}

function noMatch(count: number): ItemMatch {
  return { earlierOf: new Int32Array(count).fill(UNPAIRED), added: Array.from({ length: count }, (_, i) => i), dropped: [] };
}
