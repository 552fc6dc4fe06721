/** A snapshot an object per action and indicator it has, for a fixture, a test or the benchmark to read and rewrite. */
import type { Snapshot, SnapshotIndicator, SnapshotItem, SnapshotOfItems } from './snapshot';

/**
 * Each action with a status in `snapshot` as an object (key, sheet, row, number, action, status, overdue), and each
 * indicator with a verdict alike; entries the snapshot did not have (null) are left out.
 * @example itemsOfSnapshot(snapshotAt(history, 0)).items[0] //=> { key: '1', sheet: 'Hyvinvointi', row: 2, number: null, action: 'Perhekeskus', status: 'in_progress', overdue: false }
 */
export function itemsOfSnapshot(snapshot: Snapshot): SnapshotOfItems {
  const { actions, indicators } = snapshot;
  const items: SnapshotItem[] = [];
  actions.statuses.forEach((status, i) => {
    if (status === null) return;
    const [key, sheet, row, number, action] = [actions.keys[i], actions.sheets[i], actions.rows[i], actions.numbers[i], actions.texts[i]];
    items.push({
      key: key ?? '',
      sheet: sheet ?? '',
      row: row ?? 1,
      number: number ?? null,
      action: action ?? '',
      status,
      overdue: actions.overdue[i] === 1,
    });
  });
  const measured: SnapshotIndicator[] = [];
  indicators.verdicts.forEach((verdict, i) => {
    if (verdict === null) return;
    const [key, sheet, row, indicator] = [indicators.keys[i], indicators.sheets[i], indicators.rows[i], indicators.texts[i]];
    measured.push({
      key: key ?? '',
      sheet: sheet ?? '',
      row: row ?? 1,
      indicator: indicator ?? '',
      verdict,
      latest: indicators.latest[i] ?? null,
    });
  });
  return { asOf: snapshot.asOf, total: snapshot.total, byStatus: snapshot.byStatus, items, indicators: measured };
}
