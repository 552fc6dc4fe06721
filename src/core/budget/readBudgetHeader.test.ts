import { seed002BudgetGrid } from '../../../fixtures/seed002Budget';
import type { CellValue, Grid } from '../grid';
import { readBudgetHeader } from './readBudgetHeader';

const gridOf = (...rows: CellValue[][]): Grid => ({ sheet: 'TA 2024', origin: { row: 1, col: 1 }, values: rows, tables: [] });

describe('readBudgetHeader', () => {
  it('joins a second header row of years and periods to the headers, and starts the body below it', () => {
    const grid = gridOf(
      ['Perusturva 1 000 €', 'Talousarvio', 'Toteuma', 'TOT vs. TA %', 'Ennuste'],
      [null, 2023, '30.6.2023', null, '2023'],
      ['Toimintatuotot', 30842, 15575, 0.5, 32701],
    );
    const header = readBudgetHeader(grid, 1);
    expect([...(header?.amounts.values() ?? [])].map((h) => h.header)).toEqual(['Talousarvio 2023', 'Toteuma 30.6.2023', 'Ennuste 2023']);
    expect(header?.bodyStart).toBe(3);
  });

  it('leaves a row of amounts under the header as the first line, not a row of years', () => {
    const header = readBudgetHeader(seed002BudgetGrid(), 3);
    expect(header?.amounts.get('budget')?.header).toBe('Talousarvio Budget 2023');
    expect(header?.bodyStart).toBe(4);
  });

  it('drops an amount column whose cells below are statuses, and the header with it when one amount is left', () => {
    const grid = gridOf(
      ['Toimenpide', 'Talousarvio', 'Toteuma'],
      ['Perhetyön lisääminen', 120, 'Kyllä'],
      ['Kotikäynnit', 80, 'Osittain toteutunut'],
    );
    expect(readBudgetHeader(grid, 1)).toBeNull();
  });

  it('keeps a mostly numeric column with one note typed in it', () => {
    const grid = gridOf(['Tili', 'Talousarvio', 'Toteuma'], ['Tuotot', 100, 50], ['Kulut', -80, 'puuttuu'], ['Kate', 20, -30]);
    expect([...(readBudgetHeader(grid, 1)?.amounts.keys() ?? [])]).toEqual(['budget', 'actual']);
  });
});
