import { fi } from '../locales/fi';
import { sv } from '../locales/sv';
import { en } from '../locales/en';
import { statusPhrases } from './statusPhrases';

describe('statusPhrases', () => {
  it('holds the words of all three languages, folded', () => {
    const phrases = statusPhrases().map((p) => p.phrase);
    expect(phrases).toEqual(expect.arrayContaining(['kylla', 'paborjad', 'not started']));
    const count = [fi, sv, en].flatMap((l) => Object.values(l.statusWords).flat()).length;
    expect(phrases.length).toBeLessThanOrEqual(count);
  });
  it('lists longer phrases first, so "ei aloitettu" is tried before "ei"', () => {
    const lengths = statusPhrases().map((p) => p.phrase.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
  it('never gives one phrase two statuses (a word in two lists would make the outcome depend on order)', () => {
    const byPhrase = new Map<string, Set<string>>();
    for (const { phrase, status } of statusPhrases()) byPhrase.set(phrase, (byPhrase.get(phrase) ?? new Set()).add(status));
    const clashes = [...byPhrase].filter(([, statuses]) => statuses.size > 1).map(([phrase]) => phrase);
    expect(clashes).toEqual([]);
  });
});
