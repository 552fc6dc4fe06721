import { indicatorVocabulary, YEAR_TOKEN } from './indicatorVocabulary';

describe('indicatorVocabulary', () => {
  it('holds every language’s words, folded, longest first', () => {
    const { headers, targets, quarterWords } = indicatorVocabulary();
    expect(headers.find((p) => p.words.join(' ') === 'tavoitteen mittari')?.role).toBe('indicator');
    expect(headers.find((p) => p.words.join(' ') === `tavoite ${YEAR_TOKEN}`)?.role).toBe('target');
    expect(headers.findIndex((p) => p.words.join(' ') === 'tavoitteen mittari')).toBeLessThan(
      headers.findIndex((p) => p.words.join(' ') === 'tavoite'),
    );
    expect(targets.find((p) => p.words.join(' ') === 'hogst')?.kind).toBe('atMost');
    expect(targets.find((p) => p.words.join(' ') === 'laske')).toMatchObject({ kind: 'decrease', stem: true });
    expect([...quarterWords]).toEqual(expect.arrayContaining(['neljannes', 'kvartal', 'quarter']));
  });
});
