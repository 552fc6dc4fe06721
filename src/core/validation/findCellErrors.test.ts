import { PROBLEMS_SHEET, problemsGrid } from '../../../fixtures/problems';
import type { CoreContext } from '../context';
import { getLocale } from '../locales/getLocale';
import { findCellErrors } from './findCellErrors';

const ctx: CoreContext = { asOf: '2024-06-30', lang: 'fi', locale: getLocale('fi') };

describe('findCellErrors', () => {
  it('points at every error cell of the sheet, as a value or as the text Office.js gives', () => {
    const issues = findCellErrors(problemsGrid(), ctx);
    expect(issues.map((i) => [i.sheet, i.cell, i.code, i.severity])).toEqual([
      [PROBLEMS_SHEET, 'J2', 'cell.error', 'warning'],
      [PROBLEMS_SHEET, 'G18', 'cell.error', 'warning'],
    ]);
    expect(issues[1]?.message).toBe('Solussa on virhearvo #REF!. Korjaa kaava tai viittaus niin, että solussa on luku tai teksti.');
  });

  it('knows every Excel error text and leaves text that only mentions one', () => {
    const errors = ['#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
    const grid = {
      sheet: 'Talous',
      origin: { row: 1, col: 1 },
      values: [errors, ['#REF! korjattu', 'Kyllä #', '#', 'N/A', null, 12, true, new Date(0), '']],
      tables: [],
    };
    expect(findCellErrors(grid, ctx).map((i) => i.cell)).toEqual(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1', 'I1']);
  });
});
