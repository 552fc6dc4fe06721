import { SEED002_BUDGET_HEADERS } from '../../../fixtures/seed002Budget';
import type { Grid } from '../grid';
import { countBudgetColumns } from './countBudgetColumns';

const row = (cells: string[]): Grid => ({ sheet: 'S', origin: { row: 1, col: 1 }, values: [cells], tables: [] });

describe('countBudgetColumns', () => {
  it('counts the five amount columns of seed 002’s bilingual budget header', () => {
    const cells = [...SEED002_BUDGET_HEADERS];
    expect(
      countBudgetColumns(
        row(cells),
        1,
        cells.map((_, i) => i + 1),
      ),
    ).toBe(5);
  });
  it('counts each kind once and nothing for action headers', () => {
    expect(countBudgetColumns(row(['Talousarvio 2023', 'Muutettu talousarvio', 'Ennuste']), 1, [1, 2, 3])).toBe(2);
    expect(countBudgetColumns(row(['Toimenpide', 'Aikataulu', 'Mittarit']), 1, [1, 2, 3])).toBe(0);
  });
});
