import { LIST_HEADER_ROW, planListSheet } from './planListSheet';

const list = {
  kind: 'consolidationOverdue' as const,
  name: 'Myöhässä',
  tableName: 'Myöhässä',
  title: 'Myöhässä olevat toimenpiteet',
  asOfLabel: 'Tilanne päivänä',
  asOf: '2024-06-30',
  headers: ['Tiedosto', 'Toimenpide'],
  widths: [30, 60],
  rows: [
    ['a.xlsx', 'Kotihoito 24/7'],
    ['b.xlsx', '=SUMMA(A1)'],
  ],
  empty: 'Ei myöhässä olevia toimenpiteitä.',
  columnFormats: { 2: { wrap: true } },
};

describe('planListSheet', () => {
  it('puts the header row right above the rows, with nothing between them, and keeps it in view', () => {
    const plan = planListSheet(list);
    expect(plan.values[LIST_HEADER_ROW - 1]).toEqual(['Tiedosto', 'Toimenpide']);
    expect(plan.values.slice(LIST_HEADER_ROW)).toEqual(list.rows);
    expect(plan.freeze).toEqual({ rows: LIST_HEADER_ROW, cols: 0 });
    expect(plan.values[1]).toEqual(['Tilanne päivänä', 45473]);
  });

  it('formats a column over exactly its rows', () => {
    expect(planListSheet(list).formats).toContainEqual({ range: 'B5:B6', wrap: true });
  });

  it('writes the empty line in place of the rows when there are none', () => {
    const plan = planListSheet({ ...list, rows: [] });
    expect(plan.values.slice(LIST_HEADER_ROW)).toEqual([['Ei myöhässä olevia toimenpiteitä.', null]]);
    expect(plan.tables).toEqual([]);
  });

  it('makes the header and its rows one Excel table the office can filter and sort', () => {
    expect(planListSheet(list).tables).toEqual([{ name: 'Myöhässä', range: 'A4:B6' }]);
  });
});
