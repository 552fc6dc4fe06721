import { countStatuses } from '../countStatuses';
import { compareSnapshots } from './compareSnapshots';
import type { Snapshot, SnapshotItem } from './snapshot';

const item = (row: number, action: string, status: SnapshotItem['status'], overdue = false): SnapshotItem => ({
  key: '',
  sheet: 'A',
  row,
  number: null,
  action,
  status,
  overdue,
});
const snapshot = (asOf: string, items: SnapshotItem[]): Snapshot => ({
  asOf,
  total: items.length,
  byStatus: countStatuses(items.map((i) => i.status)),
  items,
});

describe('compareSnapshots', () => {
  const march = snapshot('2024-03-31', [item(2, 'a', 'in_progress'), item(3, 'b', 'in_progress'), item(4, 'c', 'done')]);
  const june = snapshot('2024-06-30', [item(2, 'a', 'done'), item(3, 'b', 'in_progress', true), item(5, 'd', 'not_started')]);
  const changes = compareSnapshots(march, june, {
    pairs: [
      [0, 0],
      [1, 1],
    ],
    added: [2],
    dropped: [2],
  });

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
});
