import { seed002BudgetGrid, seed002BudgetTextGrid } from '../../../fixtures/seed002Budget';
import { getLocale } from '../locales/getLocale';
import type { Grid } from '../grid';
import { budgetLabelColumns } from './budgetLabelColumns';
import { findBudgetTables } from './findBudgetTables';

describe('budgetLabelColumns', () => {
  it('gives the label cells from the header to the last line, where the host reads indents', () => {
    expect(budgetLabelColumns(seed002BudgetGrid())).toEqual(['A3:A15']);
    expect(budgetLabelColumns(seed002BudgetTextGrid())).toEqual(['C9:C21']);
  });

  it('names exactly the label columns of the tables the report finds, in any language', () => {
    const one = seed002BudgetGrid();
    const grid: Grid = { ...one, values: [...one.values, [], [], ...one.values.slice(2)] };
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const ctx = { asOf: '2024-06-30', lang, locale: getLocale(lang) };
      const expected = findBudgetTables(grid, ctx).tables.map((t) => {
        const [top, bottom] = t.range.split(':').map((a) => a.replace(/^[A-Z]+/, ''));
        return `${t.labelColumn}${top}:${t.labelColumn}${bottom}`;
      });
      expect(budgetLabelColumns(grid)).toEqual(expected);
    }
    expect(budgetLabelColumns(grid)).toEqual(['A3:A15', 'A18:A30']);
  });

  it('gives nothing for a table with no label column, or a sheet with no budget', () => {
    const noLabels: Grid = {
      sheet: 'S',
      origin: { row: 1, col: 1 },
      tables: [],
      values: [
        ['Talousarvio', 'Toteuma'],
        [100, 50],
        [-80, -40],
      ],
    };
    expect(budgetLabelColumns(noLabels)).toEqual([]);
    expect(budgetLabelColumns({ sheet: 'S', origin: { row: 1, col: 1 }, tables: [], values: [['Toimenpide', 'Toteuma']] })).toEqual([]);
  });
});
