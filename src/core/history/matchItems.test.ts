import type { SnapshotItem } from './snapshot';
import { matchItems } from './matchItems';

const item = (sheet: string, row: number, action: string, number: string | null = null): SnapshotItem => ({
  key: '',
  sheet,
  row,
  number,
  action,
  status: 'in_progress',
  overdue: false,
});

describe('matchItems', () => {
  it('recognises an action after rows were inserted above it and after it moved to another sheet', () => {
    const before = [item('A', 2, 'Perhekeskuksen kehittäminen'), item('A', 3, 'Kotihoidon vahvistaminen')];
    const after = [item('B', 9, 'Kotihoidon vahvistaminen'), item('A', 5, 'Perhekeskuksen kehittäminen')];
    expect(matchItems(before, after)).toEqual({
      pairs: [
        [1, 0],
        [0, 1],
      ],
      added: [],
      dropped: [],
    });
  });

  it('recognises a fixed typo and an added line break, but not another action', () => {
    const before = [item('A', 2, 'Asiakaspalautten keräämisen uudistaminen'), item('A', 3, 'Kotihoidon vahvistaminen')];
    const after = [item('A', 2, 'Asiakaspalautteen\nkeräämisen uudistaminen'), item('A', 3, 'Omaishoidon vapaapäivät')];
    expect(matchItems(before, after)).toEqual({ pairs: [[0, 0]], added: [1], dropped: [1] });
  });

  it('lets the action number win over a reworded text', () => {
    const before = [item('A', 2, 'Perhekeskus', '3.a'), item('A', 3, 'Kotihoito', '3.b')];
    const after = [item('A', 2, 'Kotihoito laajenee koko alueelle', '3.b'), item('A', 3, 'Perhekeskusverkosto', '3.a')];
    expect(matchItems(before, after).pairs).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('pairs a number repeated on every sheet within its sheet', () => {
    const before = [item('A', 2, 'Yksi', '1'), item('B', 2, 'Toinen', '1')];
    const after = [item('B', 4, 'Toinen muutettu täysin', '1'), item('A', 4, 'Yksi muutettu täysin', '1')];
    expect(matchItems(before, after).pairs).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('pairs repeated texts (continuation rows) by sheet and nearest row', () => {
    const before = [item('A', 2, 'Sama'), item('A', 3, 'Sama'), item('B', 2, 'Sama')];
    const after = [item('B', 3, 'Sama'), item('A', 4, 'Sama'), item('A', 5, 'Sama')];
    expect(matchItems(before, after).pairs).toEqual([
      [2, 0],
      [1, 1],
      [0, 2],
    ]);
  });

  it('keeps each of thousands of identical continuation rows with its own row when none moved', () => {
    // Too many equal texts to weigh every pair: without the place rule they were paired in list order.
    const rows = Array.from({ length: 3000 }, (_, i) => item('Jatko', i + 2, 'Ks. edellinen rivi'));
    const pairs = matchItems(rows, [...rows].reverse()).pairs;
    expect(pairs).toHaveLength(3000);
    expect(pairs.every(([e, l]) => rows[e]?.row === [...rows].reverse()[l]?.row)).toBe(true);
  });

  it('reports what it cannot match as added and dropped', () => {
    expect(matchItems([item('A', 2, 'Vanha')], [item('A', 2, 'Uusi täysin eri')])).toEqual({ pairs: [], added: [0], dropped: [0] });
  });
});
