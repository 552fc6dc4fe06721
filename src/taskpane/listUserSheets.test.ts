import { generatedMarker, type Grid } from '../core';
import { listUserSheets } from './listUserSheets';

const grid = (sheet: string, values: Grid['values']): Grid => ({ sheet, origin: { row: 1, col: 1 }, values, tables: [] });

describe('listUserSheets', () => {
  it("offers the manager's own sheets in workbook order, empty ones too, and not Seuranta's summary", () => {
    const marker: Grid['values'][number] = Array<null | string>(51).fill(null);
    marker.push(generatedMarker('summary'));
    const sheets = [
      grid('Kotihoito', [['Toimenpide', 'Vastuuhenkilö', 'Toteuma']]),
      grid('Yhteenveto', [marker]),
      grid('Talousarvio', [['', 'TA 2024', 'Toteuma']]),
      grid('Taul1', []),
    ];
    expect(listUserSheets({ fileName: null, sheets })).toEqual(['Kotihoito', 'Talousarvio', 'Taul1']);
  });

  it("keeps a user's own sheet called Yhteenveto: only the marker makes a sheet Seuranta's", () => {
    const sheets = [grid('Yhteenveto', [['Yhteenveto 2024', 'Kunnanhallitus']])];
    expect(listUserSheets({ fileName: null, sheets })).toEqual(['Yhteenveto']);
  });
});
