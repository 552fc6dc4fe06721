import { seed001Plan, seed002FollowUp, seed002Template } from '../../../fixtures/layouts';
import type { CellValue, Grid } from '../grid';
import { classifyRow, type RowView } from './classifyRow';

const H = ['Toimenpide', 'Tavoite', 'Toteuma'];
const view = (over: Partial<RowView> = {}): RowView => ({
  left: 1,
  right: 3,
  columns: { action: 1, goal: 2, status: 3 },
  lastRow: 20,
  endGap: 3,
  exclude: [],
  emptyRowsAbove: 0,
  ...over,
});
const gridOf = (rows: CellValue[][], extra: Partial<Grid> = {}): Grid => ({
  sheet: 'S',
  origin: { row: 1, col: 1 },
  values: rows,
  tables: [],
  ...extra,
});
/** The kind of row 2 of a table headed by H, with `rows` from row 2 on. */
const kindOf = (rows: CellValue[][], over: Partial<RowView> = {}, extra: Partial<Grid> = {}) =>
  classifyRow(gridOf([H, ...rows], extra), 2, view(over));
const item = ['1.a Konsultaatiokäytäntöjen kehittäminen', 'Lähetteet vähenevät', 'Kyllä'];

describe('classifyRow, rule by rule', () => {
  it('1. ends the table at a row another table already read covers', () => {
    expect(kindOf([item], { exclude: [{ top: 2, left: 1, bottom: 9, right: 3 }] })).toEqual({ kind: 'end' });
  });

  it('2. passes over empty rows, and ends the table after a long run of them', () => {
    expect(kindOf([[null, ' ', null]])).toEqual({ kind: 'empty' });
    expect(kindOf([[]], { emptyRowsAbove: 11 })).toEqual({ kind: 'empty' });
    expect(kindOf([[]], { emptyRowsAbove: 12 })).toEqual({ kind: 'end' });
  });

  it("3. knows the table's header repeated, also after a gap, and ends at another table's header", () => {
    expect(kindOf([['  Toimenpide ', 'TAVOITE', 'Toteuma']], { emptyRowsAbove: 4 })).toMatchObject({
      kind: 'repeatedHeader',
      header: { columns: { action: 1 } },
    });
    expect(kindOf([['Tavoite', 'Toimenpide', 'Toteuma']])).toEqual({ kind: 'end' });
  });

  it('4. ends the table at anything after endGap empty rows', () => {
    expect(kindOf([item], { emptyRowsAbove: 3 })).toEqual({ kind: 'end' });
    expect(kindOf([item], { emptyRowsAbove: 2 })).toEqual({ kind: 'item', action: item[0] });
  });

  it('5. ends the table at a chair line or a dated signature alone on its row', () => {
    expect(kindOf([['Puheenjohtaja Anna-Liisa Koivisto', null, null]])).toEqual({ kind: 'end' });
    expect(classifyRow(seed002Template, 7, view({ right: 5, columns: { goal: 1, action: 2, schedule: 3, owner: 4, metric: 5 } }))).toEqual({
      kind: 'end',
    });
  });

  it('5. reads a lone first-column line merged across or worded as a section as a section', () => {
    expect(kindOf([['Tavoite 1: Sotekeskusten kehittäminen', null, null]])).toEqual({
      kind: 'section',
      title: 'Tavoite 1: Sotekeskusten kehittäminen',
    });
    expect(kindOf([['Digitaaliset palvelut', null, null]], {}, { merges: ['A2:C2'] })).toEqual({
      kind: 'section',
      title: 'Digitaaliset palvelut',
    });
    // Not merged and not worded as a section: an action written without target or status.
    expect(kindOf([['Digitaaliset palvelut', null, null]])).toEqual({ kind: 'item', action: 'Digitaaliset palvelut' });
  });

  it('5. ends the table at a lone line after an empty row that heads the next table', () => {
    const grid = gridOf([H, item, [], ['Työhyvinvointi', null, null], ['Puheenjohtaja Marja-Terttu Kokko', null, null], H]);
    expect(classifyRow(grid, 4, view({ emptyRowsAbove: 1 }))).toEqual({ kind: 'end' });
    expect(classifyRow(grid, 4, view({ emptyRowsAbove: 0 }))).toEqual({ kind: 'item', action: 'Työhyvinvointi' });
  });

  it("6. reads a numbered goal with no status as a section (seed 001's plan)", () => {
    const plan = view({ left: 3, right: 5, columns: { action: 3, schedule: 4, metric: 5 }, lastRow: 18 });
    expect(classifyRow(seed001Plan, 9, plan)).toEqual({
      kind: 'section',
      title: 'Tavoite 1 Sotekeskusten ja erikoissairaanhoidon välisen yhteistyön kehittäminen',
    });
    expect(classifyRow(seed001Plan, 10, plan)).toMatchObject({ kind: 'item' });
    // With a status of its own the same words are an action followed up.
    expect(kindOf([['Tavoite 1 Sotekeskusten kehittäminen', null, 'Kyllä']])).toEqual({
      kind: 'item',
      action: 'Tavoite 1 Sotekeskusten kehittäminen',
    });
  });

  it("7. reads a row with an item's cells as an item, its action empty on a continuation row", () => {
    expect(kindOf([item])).toEqual({ kind: 'item', action: item[0] });
    expect(kindOf([[null, 'Toinen mittari', 'Osittain']])).toEqual({ kind: 'item', action: '' });
  });

  it('7. reads a number alone or a grouping goal alone as no item', () => {
    const numbered = gridOf([
      ['Nro', 'Toimenpide', 'Toteuma'],
      ['3.', null, null],
    ]);
    expect(classifyRow(numbered, 2, view({ columns: { number: 1, action: 2, status: 3 } }))).toEqual({ kind: 'noItem' });
    const grouping = view({ left: 2, right: 7, columns: { goal: 2, action: 3, schedule: 4, owner: 5, metric: 6, status: 7 }, lastRow: 7 });
    const goalAlone: Grid = { ...seed002FollowUp, values: [...seed002FollowUp.values, ['Uusi tavoite', null, null, null, null, null]] };
    expect(classifyRow(goalAlone, 7, grouping)).toEqual({ kind: 'noItem' });
    expect(classifyRow(goalAlone, 4, grouping)).toEqual({ kind: 'item', action: 'Kehityskeskustelujen lomakkeen päivitys' });
  });
});
