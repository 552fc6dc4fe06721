import { seed002BudgetGrid } from '../../../fixtures/seed002Budget';
import { budgetRowOf } from './budgetRowOf';
import { compareBudgetAmounts } from './compareBudgetAmounts';
import { locateBudgetTables } from './locateBudgetTables';

const lines = locateBudgetTables(seed002BudgetGrid())[0]?.lines ?? [];

describe('budgetRowOf', () => {
  it('gives the comparisons to one decimal, as the report shows them', () => {
    const income = lines[0];
    if (!income) throw new Error('no line');
    const row = budgetRowOf(income, 0, compareBudgetAmounts(income.values), false);
    // 15 575 / 30 842 = 50.498…%, 32 701 / 30 842 = 106.027…%
    expect(row).toMatchObject({
      row: 4,
      level: 0,
      budget: 30842,
      actualVsBudgetPct: 50.5,
      forecastVsBudgetPct: 106,
      proposalMinusFrame: 936,
    });
    expect(row.overPace).toBe(false);
  });

  it('keeps a frame difference with decimals as it is, without float dust', () => {
    const line = {
      row: 9,
      label: 'Kulut',
      indent: null,
      unreadable: new Map(),
      values: { budget: null, actual: null, forecast: null, proposal: 0.3, frame: 0.1 },
    };
    expect(budgetRowOf(line, 1, compareBudgetAmounts(line.values), true)).toMatchObject({
      proposalMinusFrame: 0.2,
      level: 1,
      overPace: true,
    });
  });
});
