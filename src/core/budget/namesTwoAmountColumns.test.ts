import type { BudgetColumn } from '../schema/report';
import { namesTwoAmountColumns } from './namesTwoAmountColumns';

const named = (...columns: BudgetColumn[]) => new Map(columns.map((c, i) => [c, { col: i + 1, header: c }]));

describe('namesTwoAmountColumns', () => {
  it('takes a row naming a budget and its actuals for a budget header', () => {
    expect(namesTwoAmountColumns(named('budget', 'actual'))).toBe(true);
    expect(namesTwoAmountColumns(named('proposal', 'frame'))).toBe(true);
  });

  it('does not take an action table\'s lone "Toteuma" (status) column, or any single amount, for one', () => {
    expect(namesTwoAmountColumns(named('actual'))).toBe(false);
    expect(namesTwoAmountColumns(named('budget'))).toBe(false);
    expect(namesTwoAmountColumns(named())).toBe(false);
  });
});
