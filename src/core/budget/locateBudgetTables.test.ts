import { seed002BudgetGrid, seed002BudgetTextGrid } from '../../../fixtures/seed002Budget';
import type { Grid } from '../grid';
import { locateBudgetTables } from './locateBudgetTables';

describe('locateBudgetTables', () => {
  it("finds the seed's table, typed as numbers or pasted as text lower on the sheet", () => {
    const numbers = locateBudgetTables(seed002BudgetGrid());
    expect(numbers.map((t) => [t.header.row, t.labelCol, t.bottom, t.lines.length])).toEqual([[3, 1, 15, 12]]);
    expect(numbers[0]?.columns).toEqual(['budget', 'actual', 'forecast', 'proposal', 'frame']);
    expect(locateBudgetTables(seed002BudgetTextGrid()).map((t) => [t.header.row, t.labelCol, t.bottom])).toEqual([[9, 3, 21]]);
  });

  it("finds two tables one under the other, and does not read the second's header as the first's line", () => {
    const one = seed002BudgetGrid();
    const grid: Grid = { ...one, values: [...one.values, [], [], ...one.values.slice(2)] };
    expect(locateBudgetTables(grid).map((t) => [t.header.row, t.bottom])).toEqual([
      [3, 15],
      [18, 30],
    ]);
  });

  it('finds no table under a header with no amounts below it', () => {
    const grid: Grid = { sheet: 'S', origin: { row: 1, col: 1 }, tables: [], values: [['Tili', 'Talousarvio', 'Toteuma']] };
    expect(locateBudgetTables(grid)).toEqual([]);
  });
});
