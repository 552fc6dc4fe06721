import type { Grid } from './grid';
import { rowTexts } from './rowTexts';

const grid: Grid = {
  sheet: 'Vammaispalvelut',
  origin: { row: 1, col: 1 },
  values: [
    ['Vammaispalvelut', null, ' Puheenjohtaja\nMari Levonen ', 12],
    ['', '   ', null, null],
  ],
  tables: [],
};

describe('rowTexts', () => {
  it('gives the texts of a row between two columns, tidied, numbers as written, empty cells left out', () => {
    expect(rowTexts(grid, 1, 1, 3)).toEqual(['Vammaispalvelut', 'Puheenjohtaja Mari Levonen']);
    expect(rowTexts(grid, 1, 2, 4)).toEqual(['Puheenjohtaja Mari Levonen', '12']);
  });

  it('gives nothing for a row of blanks or one outside the grid', () => {
    expect(rowTexts(grid, 2, 1, 4)).toEqual([]);
    expect(rowTexts(grid, 9, 1, 4)).toEqual([]);
  });
});
