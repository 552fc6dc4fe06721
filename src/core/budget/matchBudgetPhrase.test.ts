import { matchBudgetPhrase, type BudgetPhrase } from './matchBudgetPhrase';

const phrases: BudgetPhrase<string>[] = [
  { words: ['talousarvio'], meaning: 'budget' },
  { words: ['talousarvioesitys'], meaning: 'proposal' },
  { words: ['ta'], meaning: 'budget' },
  { words: ['ta', 'esitys'], meaning: 'proposal' },
  { words: ['ennuste'], meaning: 'forecast' },
];

describe('matchBudgetPhrase', () => {
  it('prefers the longest phrase, so a proposal is not read as a budget', () => {
    expect(matchBudgetPhrase(['talousarvioesitys'], 0, phrases)?.meaning).toBe('proposal');
    expect(matchBudgetPhrase(['ta', 'esitys', '2024'], 0, phrases)?.meaning).toBe('proposal');
    expect(matchBudgetPhrase(['ta'], 0, phrases)?.meaning).toBe('budget');
  });
  it('matches inflected long words but never stretches a short abbreviation', () => {
    expect(matchBudgetPhrase(['ennusteen'], 0, phrases)?.meaning).toBe('forecast');
    expect(matchBudgetPhrase(['tavoite'], 0, phrases)).toBeNull();
  });
  it('looks only at the given position', () => {
    expect(matchBudgetPhrase(['muut', 'ennuste'], 0, phrases)).toBeNull();
    expect(matchBudgetPhrase(['muut', 'ennuste'], 1, phrases)?.meaning).toBe('forecast');
    expect(matchBudgetPhrase([], 0, phrases)).toBeNull();
  });
});
