import { budgetPercentages } from './budgetPercentages';

describe('budgetPercentages', () => {
  it('gives TOT vs TA % and ENN vs TA % to one decimal, as seed 002 prints them rounded', () => {
    expect(budgetPercentages({ budget: 30842, actual: 15575, forecast: 32701 })).toEqual({
      actualVsBudgetPct: 50.5,
      forecastVsBudgetPct: 106,
    });
  });

  it('gives none where the budget is 0 or an amount is missing', () => {
    expect(budgetPercentages({ budget: 0, actual: 5, forecast: 5 })).toEqual({ actualVsBudgetPct: null, forecastVsBudgetPct: null });
    expect(budgetPercentages({ budget: 100, actual: null, forecast: 90 })).toEqual({ actualVsBudgetPct: null, forecastVsBudgetPct: 90 });
  });
});
