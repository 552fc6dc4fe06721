import { countStatuses } from '../countStatuses';
import { compareSnapshots } from './compareSnapshots';
import type { Snapshot, SnapshotIndicator, SnapshotItem } from './snapshot';
import { snapshotOfItems } from './snapshotOfItems';

const item = (row: number, action: string, status: SnapshotItem['status'], overdue = false): SnapshotItem => ({
  key: '',
  sheet: 'A',
  row,
  number: null,
  action,
  status,
  overdue,
});
const indicator = (row: number, verdict: SnapshotIndicator['verdict'], latest: number | null): SnapshotIndicator => ({
  key: '',
  sheet: 'Mittarit',
  row,
  indicator: `Mittari ${row}`,
  verdict,
  latest,
});
const snapshot = (asOf: string, items: SnapshotItem[], indicators: SnapshotIndicator[] = []): Snapshot =>
  snapshotOfItems({ asOf, total: items.length, byStatus: countStatuses(items.map((i) => i.status)), items, indicators });
/** A match of later items to earlier ones: `earlierOf[l]` is the earlier item later item `l` is, -1 for none. */
const matched = (...earlierOf: number[]) => ({ earlierOf: Int32Array.from(earlierOf), added: [], dropped: [] });

describe('compareSnapshots', () => {
  const march = snapshot('2024-03-31', [item(2, 'a', 'in_progress'), item(3, 'b', 'in_progress'), item(4, 'c', 'done')]);
  const june = snapshot('2024-06-30', [item(2, 'a', 'done'), item(3, 'b', 'in_progress', true), item(5, 'd', 'not_started')]);
  const changes = compareSnapshots(march, june, { earlierOf: Int32Array.from([0, 1, -1]), added: [2], dropped: [2] }, matched());

  it('lists status changes, newly overdue, added and dropped items, each once', () => {
    expect(changes.items).toEqual([{ sheet: 'A', row: 2, action: 'a', from: 'in_progress', to: 'done' }]);
    expect(changes.newlyOverdue).toEqual([{ sheet: 'A', row: 3, action: 'b' }]);
    expect(changes.added).toEqual([{ sheet: 'A', row: 5, action: 'd' }]);
    expect(changes.dropped).toEqual([{ sheet: 'A', action: 'c' }]);
  });

  it('gives the change of every status count, zeros included', () => {
    expect(changes.since).toBe('2024-03-31');
    expect(changes.byStatusDelta).toEqual({ ...countStatuses([]), in_progress: -1, not_started: 1 });
  });

  it('lists the indicators whose verdict changed, with their values then and now, and no other', () => {
    const before = snapshot('2024-03-31', [], [indicator(3, 'not_met', 70), indicator(4, 'met', 90), indicator(5, 'no_data', null)]);
    const after = snapshot('2024-06-30', [], [indicator(3, 'met', 82.5), indicator(4, 'met', 95), indicator(5, 'not_met', 12)]);
    const moved = compareSnapshots(before, after, matched(), matched(0, 1, 2)).indicators;
    expect(moved).toEqual([
      { sheet: 'Mittarit', row: 3, indicator: 'Mittari 3', from: 'not_met', to: 'met', fromValue: 70, toValue: 82.5 },
      { sheet: 'Mittarit', row: 5, indicator: 'Mittari 5', from: 'no_data', to: 'not_met', fromValue: null, toValue: 12 },
    ]);
  });
});
