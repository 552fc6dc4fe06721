import { foldBudgetLabel } from './foldBudgetLabel';

describe('foldBudgetLabel', () => {
  it('matches the same line typed differently by two units', () => {
    expect(foldBudgetLabel('  TOIMINTAKATE: ')).toBe(foldBudgetLabel('Toimintakate'));
    expect(foldBudgetLabel('3 Toimintakulut')).toBe('toimintakulut');
    expect(foldBudgetLabel('Toimintatuotot\n yhteensä')).toBe('toimintatuotot yhteensä');
  });

  it('matches a bilingual label with the Finnish one', () => {
    expect(foldBudgetLabel('Toimintatuotot - Verksamhetsintäkter')).toBe(foldBudgetLabel('Toimintatuotot'));
  });

  it('keeps different lines apart', () => {
    expect(foldBudgetLabel('Toimintatuotot')).not.toBe(foldBudgetLabel('Toimintakulut'));
  });
});
