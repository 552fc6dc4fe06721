import { keyItems } from './keyItems';
import type { Snapshot, SnapshotItem } from './snapshot';

const item = (key: string, action: string): SnapshotItem => ({
  key,
  sheet: 'A',
  row: 2,
  number: null,
  action,
  status: 'done',
  overdue: false,
});

describe('keyItems', () => {
  it('keeps a matched item’s key and gives new items keys no snapshot has used', () => {
    const march: Snapshot = { asOf: '2024-03-31', total: 2, byStatus: {} as Snapshot['byStatus'], items: [item('1', 'a'), item('7', 'b')] };
    const keyed = keyItems([item('', 'b'), item('', 'c'), item('', 'd')], march.items, { pairs: [[1, 0]], added: [1, 2], dropped: [0] }, [
      march,
    ]);
    expect(keyed.map((i) => i.key)).toEqual(['7', '8', '9']);
  });
});
