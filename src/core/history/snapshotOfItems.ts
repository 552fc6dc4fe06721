/** A snapshot written an object per action and indicator, as a fixture or a test writes one, in the form the core works on. */
import type { Snapshot, SnapshotOfItems } from './snapshot';

/**
 * The same snapshot a column at a time: each item's key, sheet, row, number, text, status and overdue in its column, and
 * each indicator's alike.
 * @example snapshotOfItems({ asOf: '2024-03-31', total: 1, byStatus, items: [perhekeskus], indicators: [] }).actions.texts //=> ['Perhekeskus']
 */
export function snapshotOfItems(snapshot: SnapshotOfItems): Snapshot {
  const { items, indicators } = snapshot;
  return {
    asOf: snapshot.asOf,
    total: snapshot.total,
    byStatus: snapshot.byStatus,
    actions: {
      keys: items.map((i) => i.key),
      sheets: items.map((i) => i.sheet),
      rows: items.map((i) => i.row),
      numbers: items.map((i) => i.number),
      texts: items.map((i) => i.action),
      statuses: items.map((i) => i.status),
      overdue: Uint8Array.from(items, (i) => (i.overdue ? 1 : 0)),
    },
    indicators: {
      keys: indicators.map((i) => i.key),
      sheets: indicators.map((i) => i.sheet),
      rows: indicators.map((i) => i.row),
      texts: indicators.map((i) => i.indicator),
      verdicts: indicators.map((i) => i.verdict),
      latest: indicators.map((i) => i.latest),
    },
  };
}
