import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import { getLocale } from '../locales/getLocale';
import { findIndicatorHeaders } from './findIndicatorHeaders';
import { readIndicatorTable } from './readIndicatorTable';

const ctx: CoreContext = { asOf: '2024-12-31', lang: 'fi', locale: getLocale('fi') };

const grid: Grid = {
  sheet: 'Mittarit',
  origin: { row: 1, col: 1 },
  tables: [],
  values: [
    ['Tavoite', 'Mittari', 'Tavoitetaso', '2023', '2024'],
    ['Henkilöstö', null, null, null, null],
    ['Henkilöstö voi hyvin ja pysyy työssään koko alueella', 'Lähtövaihtuvuus', 'Alle 10 %', '11 %', '9 %'],
    [null, 'Sairauspoissaolot', 'pienenee', '6 %', '6,5 %'],
    ['Tavoite', 'Mittari', 'Tavoitetaso', '2023', '2024'],
    ['Talous', null, null, null, null],
    ['Vuosikate toteutuu', 'Vuosikate', 'Vuosikate toteutuu', null, null],
    [null, null, null, null, null],
    [null, null, null, null, null],
    [null, null, null, null, null],
    ['Muuta', 'Tämä ei kuulu taulukkoon', null, null, null],
  ],
};

describe('readIndicatorTable', () => {
  const header = findIndicatorHeaders(grid, 1, 1, 5, [])[0]!;
  const { table } = readIndicatorTable(grid, header, ctx, { excelTable: null, lastRow: 11, endGap: 3, exclude: [] });

  it('reads down past a repeated header and section rows, and stops at three empty rows', () => {
    expect(table.range).toBe('A1:E7');
    expect(table.items.map((i) => [i.row, i.indicator, i.section, i.verdict])).toEqual([
      [3, 'Lähtövaihtuvuus', 'Henkilöstö', 'met'],
      [4, 'Sairauspoissaolot', 'Henkilöstö', 'not_met'],
      [7, 'Vuosikate', 'Talous', 'qualitative'],
    ]);
  });

  it('carries a goal written once down to the indicators below it', () => {
    expect(table.items[1]?.goal).toBe('Henkilöstö voi hyvin ja pysyy työssään koko alueella');
    expect(table.items[2]?.goal).toBe('Vuosikate toteutuu');
  });
});
