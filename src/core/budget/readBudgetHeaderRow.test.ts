import { seed002BudgetGrid, seed002BudgetTextGrid } from '../../../fixtures/seed002Budget';
import type { Grid } from '../grid';
import { readBudgetHeaderRow } from './readBudgetHeaderRow';

const gridOf = (...rows: (string | number | null)[][]): Grid => ({ sheet: 'S', origin: { row: 1, col: 1 }, values: rows, tables: [] });

describe('readBudgetHeaderRow', () => {
  it("reads seed 002's bilingual header: five amount columns and the five computed ones", () => {
    const header = readBudgetHeaderRow(seed002BudgetGrid(), 3);
    expect([...(header?.amounts.entries() ?? [])].map(([c, h]) => [c, h.col])).toEqual([
      ['budget', 2],
      ['actual', 3],
      ['forecast', 5],
      ['proposal', 7],
      ['frame', 10],
    ]);
    expect([...(header?.computed.keys() ?? [])]).toEqual([
      'actualVsBudgetPct',
      'forecastVsBudgetPct',
      'proposalVsBudgetPct',
      'proposalVsForecastPct',
      'proposalMinusFrame',
    ]);
    expect(header).toMatchObject({ row: 3, firstCol: 2, lastCol: 11, bodyStart: 4 });
  });

  it('reads a header with a line break in a cell as the user sees it', () => {
    expect(readBudgetHeaderRow(seed002BudgetTextGrid(), 9)?.amounts.get('actual')).toEqual({ col: 5, header: 'Toteuma Utfall 1-6/2023' });
  });

  it('keeps the first of two budgets of different years and leaves the second unread', () => {
    const header = readBudgetHeaderRow(gridOf(['Rivi', 'Talousarvio 2023', 'Talousarvio 2024', 'Ennuste 2023']), 1);
    expect(header?.amounts.get('budget')).toEqual({ col: 2, header: 'Talousarvio 2023' });
    expect(header?.lastCol).toBe(4);
  });

  it('finds no header in a title line, a data line, or an action header whose status column is "Toteuma"', () => {
    const grid = seed002BudgetGrid();
    expect(readBudgetHeaderRow(grid, 1)).toBeNull();
    expect(readBudgetHeaderRow(grid, 4)).toBeNull();
    expect(readBudgetHeaderRow(gridOf(['Toimenpide', 'Tavoite', 'Vastuuhenkilö', 'Toteuma']), 1)).toBeNull();
  });

  it('reads the same header again after the rows between made the row look like an action row', () => {
    // The statuses and owners are learnt on the first rows; a header below must still be read in full.
    const grid = gridOf(['Kyllä', 'Ei'], ['Kyllä', 'Osittain'], ['Tili', 'Kyllä', 'Talousarvio', 'Toteuma 1-6/2023']);
    readBudgetHeaderRow(grid, 1);
    readBudgetHeaderRow(grid, 2);
    expect([...(readBudgetHeaderRow(grid, 3)?.amounts.keys() ?? [])]).toEqual(['budget', 'actual']);
  });
});
