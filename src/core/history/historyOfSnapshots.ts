/** A history built from snapshots one after another, as a run of reports would have left it. */
import type { CoreContext } from '../context';
import { appendSnapshot } from './appendSnapshot';
import { emptyHistoryRows } from './emptyHistoryRows';
import { historyCellTexts } from './historyCellTexts';
import type { History, SnapshotOfItems } from './snapshot';
import { snapshotOfItems } from './snapshotOfItems';

/**
 * The snapshots (keyed, any order) appended to an empty history in the language of `ctx`: for fixtures, tests and the
 * benchmark, which need a history sheet of several quarters without running each quarter's report.
 * @example historyOfSnapshots([march, june], ctx).counts.map((c) => c.asOf) //=> ['2024-03-31', '2024-06-30']
 */
export function historyOfSnapshots(snapshots: readonly SnapshotOfItems[], ctx: CoreContext): History {
  const texts = historyCellTexts(ctx);
  return snapshots.reduce<History>((history, s) => appendSnapshot(history, snapshotOfItems(s), texts), {
    counts: [],
    actions: emptyHistoryRows(0),
    indicators: emptyHistoryRows(0),
  });
}
