import { seed002BudgetGrid } from '../../../fixtures/seed002Budget';
import { getLocale } from '../locales/getLocale';
import { checkAmountsReadable } from './checkAmountsReadable';
import { locateBudgetTables } from './locateBudgetTables';

const ctx = { asOf: '2023-08-15', lang: 'fi' as const, locale: getLocale('fi') };

describe('checkAmountsReadable', () => {
  it('gives an error quoting each amount that is not a number, at its cell, top to bottom', () => {
    const grid = seed002BudgetGrid((line, i) =>
      i === 1 ? { ...line, actual: 'n/a' as unknown as number } : i === 3 ? { ...line, budget: '15 75o' as unknown as number } : line,
    );
    const issues = checkAmountsReadable(locateBudgetTables(grid)[0]?.lines ?? [], grid.sheet, ctx);
    expect(issues.map((i) => [i.cell, i.severity, i.code])).toEqual([
      ['C5', 'error', 'budget.notNumber'],
      ['B7', 'error', 'budget.notNumber'],
    ]);
    expect(issues[0]?.message).toContain("'n/a'");
  });

  it('leaves a #REF! to the cell error check, so it is reported once', () => {
    const grid = seed002BudgetGrid();
    const row = grid.values[4];
    if (row) row[2] = { error: '#REF!' };
    expect(checkAmountsReadable(locateBudgetTables(grid)[0]?.lines ?? [], grid.sheet, ctx)).toEqual([]);
  });
});
