import { budgetTokens } from './budgetTokens';

describe('budgetTokens', () => {
  it('drops years glued to abbreviations and the punctuation of seed 002’s computed headers', () => {
    expect(budgetTokens('TAE24 vs. TA23 % Prop24 vs. Bud23 %')).toEqual(['tae', 'vs', 'ta', 'prop', 'vs', 'bud']);
  });
  it('keeps "TA-esitys" whole, and folds OCR-damaged and real umlauts alike', () => {
    expect(budgetTokens('TA-esitys Proposition 2024')).toEqual(['ta-esitys', 'proposition']);
    expect(budgetTokens('Henkilöstökulut')).toEqual(budgetTokens('Henkilostokulut'));
  });
  it('reads through line breaks and leading spaces, and leaves out periods and amounts', () => {
    expect(budgetTokens('  Toteuma\nUtfall 1-6/2023')).toEqual(['toteuma', 'utfall']);
    expect(budgetTokens('1 000 €')).toEqual(['€']);
  });
});
