import { seed002BudgetGrid, seed002BudgetTextGrid } from '../../../fixtures/seed002Budget';
import type { CellValue, Grid } from '../grid';
import { findLabelColumn } from './findLabelColumn';
import { readBudgetHeader } from './readBudgetHeader';

function labelColumnOf(grid: Grid, headerRow: number): number | null {
  const header = readBudgetHeader(grid, headerRow);
  if (!header) throw new Error('no header');
  return findLabelColumn(grid, header);
}

describe('findLabelColumn', () => {
  it("finds the seed's labels left of the amounts, also when the table does not start at A", () => {
    expect(labelColumnOf(seed002BudgetGrid(), 3)).toBe(1);
    expect(labelColumnOf(seed002BudgetTextGrid(), 9)).toBe(3);
  });

  it('takes the column with the most labels over an account number column beside it', () => {
    const rows: CellValue[][] = [
      ['Tili', 'Nimi', 'Talousarvio', 'Toteuma'],
      [3000, 'Toimintatuotot', 100, 50],
      ['4000-4999', 'Toimintakulut', -80, -40],
      [null, 'Toimintakate', 20, 10],
    ];
    expect(labelColumnOf({ sheet: 'S', origin: { row: 1, col: 1 }, values: rows, tables: [] }, 1)).toBe(2);
  });

  it('takes the column nearest the amounts when two hold as many labels', () => {
    const rows: CellValue[][] = [
      ['Yksikkö', 'Rivi', 'Talousarvio', 'Toteuma'],
      ['Sote', 'Toimintatuotot', 100, 50],
      ['Sote', 'Toimintakulut', -80, -40],
    ];
    expect(labelColumnOf({ sheet: 'S', origin: { row: 1, col: 1 }, values: rows, tables: [] }, 1)).toBe(2);
  });

  it('finds none when nothing left of the amounts is text', () => {
    const rows: CellValue[][] = [
      ['Talousarvio', 'Toteuma'],
      [100, 50],
      [-80, -40],
    ];
    expect(labelColumnOf({ sheet: 'S', origin: { row: 1, col: 1 }, values: rows, tables: [] }, 1)).toBeNull();
  });
});
