import { compareBudgetAmounts } from './compareBudgetAmounts';

describe('compareBudgetAmounts', () => {
  it('compares seed 002’s personnel costs like with like (negative over negative is a positive ratio)', () => {
    const c = compareBudgetAmounts({ budget: -109446, actual: -51993, forecast: -110179, proposal: -123909, frame: -116853 });
    // Seed prints 48 %, 101 %, 113 %, 112 % and −7 056.
    expect(c.actualVsBudgetPct).toBeCloseTo(47.5, 1);
    expect(c.forecastVsBudgetPct).toBeCloseTo(100.67, 1);
    expect(c.proposalVsBudgetPct).toBeCloseTo(113.21, 1);
    expect(c.proposalVsForecastPct).toBeCloseTo(112.46, 1);
    expect(c.proposalMinusFrame).toBe(-7056);
  });
  it('gives null where an input is missing or the base is 0, never Infinity', () => {
    const c = compareBudgetAmounts({ budget: 0, actual: 10, forecast: null, proposal: 5, frame: null });
    expect(c).toEqual({
      actualVsBudgetPct: null,
      forecastVsBudgetPct: null,
      proposalVsBudgetPct: null,
      proposalVsForecastPct: null,
      proposalMinusFrame: null,
    });
  });
});
