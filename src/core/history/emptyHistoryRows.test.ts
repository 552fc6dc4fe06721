import { emptyHistoryRows } from './emptyHistoryRows';

describe('emptyHistoryRows', () => {
  it('has a column of cells per snapshot and no rows', () => {
    const rows = emptyHistoryRows(3);
    expect(rows.cells).toEqual([[], [], []]);
    expect(rows.keys).toEqual([]);
  });

  it('has every array as long as asked, for rows set by index', () => {
    const rows = emptyHistoryRows(2, 4);
    expect([rows.keys, rows.sheets, rows.rows, rows.numbers, rows.texts, ...rows.cells].map((a) => a.length)).toEqual([
      4, 4, 4, 4, 4, 4, 4,
    ]);
  });
});
