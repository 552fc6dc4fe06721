import { SEED002_BUDGET_HEADERS } from '../../../fixtures/seed002Budget';
import { budgetVocabulary } from './budgetVocabulary';
import { classifyBudgetHeader } from './classifyBudgetHeader';

const v = budgetVocabulary();
const amount = (column: string) => ({ kind: 'amount', column });
const computed = (comparison: string | null) => ({ kind: 'computed', comparison });

describe('classifyBudgetHeader', () => {
  it('reads every header of seed 002, bilingual as printed', () => {
    expect(SEED002_BUDGET_HEADERS.map((h) => classifyBudgetHeader(h, v))).toEqual([
      null,
      amount('budget'),
      amount('actual'),
      computed('actualVsBudgetPct'),
      amount('forecast'),
      computed('forecastVsBudgetPct'),
      amount('proposal'),
      computed('proposalVsBudgetPct'),
      computed('proposalVsForecastPct'),
      amount('frame'),
      computed('proposalMinusFrame'),
    ]);
  });
  it('reads Swedish-only and English-only headers', () => {
    expect(classifyBudgetHeader('Budgetförslag 2024', v)).toEqual(amount('proposal'));
    expect(classifyBudgetHeader('Utfall 1-6/2023', v)).toEqual(amount('actual'));
    expect(classifyBudgetHeader('Budget proposal 2024', v)).toEqual(amount('proposal'));
    expect(classifyBudgetHeader('Budget frame 2024', v)).toEqual(amount('frame'));
    expect(classifyBudgetHeader('Forecast vs. Budget %', v)).toEqual(computed('forecastVsBudgetPct'));
  });
  it('survives line breaks, case, "TA esitys" split in two and a percent column of actuals', () => {
    expect(classifyBudgetHeader('TA\nesitys 2024', v)).toEqual(amount('proposal'));
    expect(classifyBudgetHeader('  ENNUSTE  2023', v)).toEqual(amount('forecast'));
    expect(classifyBudgetHeader('Toteuma-%', v)).toEqual(computed('actualVsBudgetPct'));
  });
  it('knows a computed column it cannot recompute, and leaves other headers alone', () => {
    expect(classifyBudgetHeader('TA vs. TOT %', v)).toEqual(computed(null));
    expect(classifyBudgetHeader('Toimenpide', v)).toBeNull();
    expect(classifyBudgetHeader('Vastuuhenkilö', v)).toBeNull();
  });
});
