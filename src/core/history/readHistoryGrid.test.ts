import fc from 'fast-check';
import { readHistoryGrid } from './readHistoryGrid';
import type { CellValue } from '../grid';

const header: CellValue[] = ['Tilanne päivänä', 'Yhteensä', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
const grid = (values: CellValue[][]) => ({ sheet: 'Seurantahistoria', origin: { row: 1, col: 1 }, values, tables: [] });

describe('readHistoryGrid', () => {
  it('reads dates as serials, as Dates and as ISO text, and an item row under its snapshot', () => {
    const snapshots = readHistoryGrid(
      grid([
        ['Seurantahistoria'],
        [],
        [],
        header,
        [45382, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [new Date(Date.UTC(2024, 5, 30)), 1, 0, 0, 1, 0, 0, 0, 0, 0, 0],
        [],
        ['Tilanne päivänä', 'Tunniste'],
        ['2024-03-31', 1, 'A', 2, null, 'Perhekeskus', 'Toteutunut', 'done', false],
        [45473, 1, 'A', 4, '1.a', 'Perhekeskus', 'Käynnissä', 'in_progress', true],
      ]),
    );
    expect(snapshots.map((s) => [s.asOf, s.items.map((i) => [i.key, i.row, i.number, i.status, i.overdue])])).toEqual([
      ['2024-03-31', [['1', 2, null, 'done', false]]],
      ['2024-06-30', [['1', 4, '1.a', 'in_progress', true]]],
    ]);
  });

  it('leaves out rows a user broke and never throws', () => {
    const snapshots = readHistoryGrid(
      grid([
        [],
        [],
        [],
        header,
        [45382, 2, 'x', 0, 0, 0, 0, 0, 0, 0, 0],
        [],
        ['2024-03-31', 1, 'A', 2, null, 'Perhekeskus', 'Toteutunut', 'done', false],
        ['2024-03-31', 2, 'A', 3, null, 'Kotihoito', '?', 'valmis', false],
        ['2023-01-01', 3, 'A', 3, null, 'Ei tätä', 'x', 'done', false],
        [{ error: '#REF!' }, 4],
      ]),
    );
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]?.items.map((i) => i.action)).toEqual(['Perhekeskus']);
    // The counts row was broken: its counts are the items'.
    expect(snapshots[0]?.byStatus.done).toBe(1);
    expect(readHistoryGrid(grid([]))).toEqual([]);
  });

  it('never throws, whatever the cells hold', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('done', 'in_progress', '2024-03-31', 45382, { error: '#N/A' }),
      fc.date({ noInvalidDate: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }), (values) => {
        const snapshots = readHistoryGrid(grid(values as CellValue[][]));
        expect(Array.isArray(snapshots)).toBe(true);
      }),
    );
  });
});
