import { budgetVocabulary } from './budgetVocabulary';

describe('budgetVocabulary', () => {
  const v = budgetVocabulary();
  const meaningOf = (word: string) => v.columns.filter((p) => p.words.join(' ') === word).map((p) => p.meaning);

  it('holds the words of all three languages at once (a workbook mixes them)', () => {
    expect(meaningOf('talousarvio')).toContain('budget');
    expect(meaningOf('utfall')).toContain('actual');
    expect(meaningOf('forecast')).toContain('forecast');
    expect(meaningOf('proposition')).toContain('proposal');
    expect(meaningOf('ram')).toContain('frame');
  });
  it('gives no word two meanings', () => {
    const seen = new Map<string, string>();
    for (const p of v.columns) {
      const w = p.words.join(' ');
      expect(seen.get(w) ?? p.meaning).toBe(p.meaning);
      seen.set(w, p.meaning);
    }
  });
  it('tries the longest unit first, so "1 000 €" is not read as "€"', () => {
    expect(v.units.indexOf('1 000 €')).toBeLessThan(v.units.indexOf('€'));
  });
});
