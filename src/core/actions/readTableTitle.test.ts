import type { Grid } from '../grid';
import { readTableTitle } from './readTableTitle';

const sheet = (values: (string | null)[][], row = 1): Grid => ({ sheet: 'S', origin: { row, col: 1 }, values, tables: [] });

describe('readTableTitle', () => {
  it('takes the workstream name as title past the partners, and the chair’s name', () => {
    const grid = sheet([
      ['Yhteistyö kumppanien kanssa', null, null],
      ['Yhteistyökumppanit:', null, null],
      ['Satasairaala, Sivistystoimi, Yhteisökeskus,\nPelastustoimi, TYP, Samk', null, null],
      ['Puheenjohtaja Anna-Liisa Koivisto', null, null],
      [null, null, null],
      ['Toimenpide', 'Tavoite', 'Toteuma'],
    ]);
    expect(readTableTitle(grid, 6, 1, 3, 1)).toEqual({ title: 'Yhteistyö kumppanien kanssa', chair: 'Anna-Liisa Koivisto' });
  });
  it('does not look past the floor (the end of the table above)', () => {
    const grid = sheet([
      ['Vammaispalvelut', null, null],
      ['Tukiasumisen lisääminen', 'Tukiasumisen asukkaiden määrän nousu', 'Ei'],
      ['Lastensuojelu', null, null],
      ['Toimenpide', 'Tavoite', 'Toteuma'],
    ]);
    expect(readTableTitle(grid, 4, 1, 3, 3)).toEqual({ title: 'Lastensuojelu', chair: null });
  });
  it('finds nothing above a table on the first row', () => {
    expect(readTableTitle(sheet([['Toimenpide', 'Tila']], 1), 1, 1, 2, 1)).toEqual({ title: null, chair: null });
  });
});
