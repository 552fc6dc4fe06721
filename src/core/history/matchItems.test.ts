import type { SnapshotItem } from './snapshot';
import { matchItems as matchColumns, type ItemMatch } from './matchItems';

const item = (sheet: string, row: number, action: string, number: string | null = null): SnapshotItem => ({
  key: '',
  sheet,
  row,
  number,
  action,
  status: 'in_progress',
  overdue: false,
});

/** matchItems over items written an object each, as the snapshots' columns hold them. */
const columns = (items: SnapshotItem[]) => ({
  sheets: items.map((i) => i.sheet),
  rows: items.map((i) => i.row),
  numbers: items.map((i) => i.number),
  texts: items.map((i) => i.action),
});
const matchItems = (earlier: SnapshotItem[], later: SnapshotItem[]) => matchColumns(columns(earlier), columns(later));

/** Per later item, the index of the earlier one it was matched with (-1: none), as a plain list. */
const earlierOf = (match: ItemMatch) => [...match.earlierOf];

describe('matchItems', () => {
  it('recognises an action after rows were inserted above it and after it moved to another sheet', () => {
    const before = [item('A', 2, 'Perhekeskuksen kehittäminen'), item('A', 3, 'Kotihoidon vahvistaminen')];
    const after = [item('B', 9, 'Kotihoidon vahvistaminen'), item('A', 5, 'Perhekeskuksen kehittäminen')];
    expect(earlierOf(matchItems(before, after))).toEqual([1, 0]);
  });

  it('recognises a fixed typo and an added line break, but not another action', () => {
    const before = [item('A', 2, 'Asiakaspalautten keräämisen uudistaminen'), item('A', 3, 'Kotihoidon vahvistaminen')];
    const after = [item('A', 2, 'Asiakaspalautteen\nkeräämisen uudistaminen'), item('A', 3, 'Omaishoidon vapaapäivät')];
    const match = matchItems(before, after);
    expect(earlierOf(match)).toEqual([0, -1]);
    expect(match).toMatchObject({ added: [1], dropped: [1] });
  });

  it('lets the action number win over a reworded text', () => {
    const before = [item('A', 2, 'Perhekeskus', '3.a'), item('A', 3, 'Kotihoito', '3.b')];
    const after = [item('A', 2, 'Kotihoito laajenee koko alueelle', '3.b'), item('A', 3, 'Perhekeskusverkosto', '3.a')];
    expect(earlierOf(matchItems(before, after))).toEqual([1, 0]);
  });

  it('pairs a number repeated on every sheet within its sheet', () => {
    const before = [item('A', 2, 'Yksi', '1'), item('B', 2, 'Toinen', '1')];
    const after = [item('B', 4, 'Toinen muutettu täysin', '1'), item('A', 4, 'Yksi muutettu täysin', '1')];
    expect(earlierOf(matchItems(before, after))).toEqual([1, 0]);
  });

  it('pairs repeated texts (continuation rows) by sheet and nearest row', () => {
    const before = [item('A', 2, 'Sama'), item('A', 3, 'Sama'), item('B', 2, 'Sama')];
    const after = [item('B', 3, 'Sama'), item('A', 4, 'Sama'), item('A', 5, 'Sama')];
    expect(earlierOf(matchItems(before, after))).toEqual([2, 1, 0]);
  });

  it('keeps each of thousands of identical continuation rows with its own row when none moved', () => {
    // Too many equal texts to weigh every pair: without the place rule they were paired in list order.
    const rows = Array.from({ length: 3000 }, (_, i) => item('Jatko', i + 2, 'Ks. edellinen rivi'));
    const reversed = [...rows].reverse();
    const matched = earlierOf(matchItems(rows, reversed));
    expect(matched.every((e, l) => rows[e]?.row === reversed[l]?.row)).toBe(true);
  });

  it('keeps thousands of identical rows on their own sheet and row when the sheets are listed in another order', () => {
    const sheet = (name: string, from: number) => Array.from({ length: 3000 }, (_, i) => item(name, from + i, 'Ks. edellinen rivi'));
    const before = [...sheet('A', 2), ...sheet('B', 2)];
    const after = [...sheet('B', 2), ...sheet('A', 5)];
    const matched = earlierOf(matchItems(before, after));
    const same = matched.filter((e, l) => before[e]?.sheet === after[l]?.sheet && before[e]?.row === after[l]?.row);
    // Sheet A's rows moved down three: its last three have no earlier row, and the rule for equal texts pairs the rest.
    expect(same).toHaveLength(3000 + 2997);
  });

  it('neither pairs nor drops a row of the history the earlier snapshot did not have', () => {
    const earlier = { ...columns([item('A', 2, 'Perhekeskus'), item('A', 3, 'Kotihoito')]), present: [null, 'done'] };
    const match = matchColumns(earlier, columns([item('A', 2, 'Perhekeskus'), item('A', 3, 'Kotihoito')]));
    expect(earlierOf(match)).toEqual([-1, 1]);
    expect(match).toMatchObject({ added: [0], dropped: [] });
  });

  it('keeps identical rows on their own rows when the history also has rows of other snapshots in the same places', () => {
    const rows = Array.from({ length: 60 }, (_, i) => item('A', i + 2, 'Ks. edellinen rivi'));
    // Rows only an older snapshot had, at the same places: they must not make a place look shared.
    const earlier = { ...columns([...rows, ...rows]), present: [...rows.map(() => null), ...rows.map(() => 'done')] };
    const later = [...rows].reverse();
    const matched = earlierOf(matchColumns(earlier, columns(later)));
    expect(matched.every((e, l) => e >= rows.length && earlier.rows[e] === later[l]?.row)).toBe(true);
  });

  it('walks sheet by sheet past rows other snapshots had, keeping identical rows on their own sheet and row', () => {
    const sheet = (name: string) => Array.from({ length: 60 }, (_, i) => item(name, i + 2, 'Ks. edellinen rivi'));
    // Each row twice, as the history holds it: once for an action only an older snapshot had, then today's.
    const twice = [...sheet('A'), ...sheet('B')].flatMap((row) => [row, row]);
    const earlier = { ...columns(twice), present: twice.map((_, i) => (i % 2 ? 'done' : null)) };
    const later = [...sheet('B'), ...sheet('A')];
    const matched = earlierOf(matchColumns(earlier, columns(later)));
    expect(matched.every((e, l) => e % 2 === 1 && twice[e]?.sheet === later[l]?.sheet && twice[e]?.row === later[l]?.row)).toBe(true);
  });

  it('reports what it cannot match as added and dropped', () => {
    const match = matchItems([item('A', 2, 'Vanha')], [item('A', 2, 'Uusi täysin eri')]);
    expect(earlierOf(match)).toEqual([-1]);
    expect(match).toMatchObject({ added: [0], dropped: [0] });
  });
});
