/** Finds the longest vocabulary phrase at a word position, so "talousarvioesitys" wins over "talousarvio". */
import { memoize } from '../memo/memoize';

/** A phrase of the vocabulary as words, with what it stands for. */
export interface BudgetPhrase<T> {
  readonly words: readonly string[];
  readonly meaning: T;
}

/** Phrases grouped by their first letter, built once per phrase list: big sheets call this for every word. */
const byInitial = memoize((phrases: readonly BudgetPhrase<unknown>[]): ReadonlyMap<string, readonly BudgetPhrase<unknown>[]> => {
  const index = new Map<string, BudgetPhrase<unknown>[]>();
  for (const p of phrases) {
    const key = p.words[0]?.[0] ?? '';
    index.set(key, [...(index.get(key) ?? []), p]);
  }
  return index;
});

function phrasesStartingWith<T>(phrases: readonly BudgetPhrase<T>[], initial: string): readonly BudgetPhrase<T>[] {
  return (byInitial(phrases).get(initial) ?? []) as readonly BudgetPhrase<T>[];
}

/**
 * The longest phrase whose words start at `tokens[at]`, or null. Words match exactly; the last word of a
 * phrase also matches an inflected form (a longer token starting with it) when it has five letters or
 * more ("toteumat", "ennusteen"); short abbreviations ("ta", "tot", "ram") match only exactly.
 * @example matchBudgetPhrase(['ta-esitys', 'proposition'], 0, [{ words: ['ta-esitys'], meaning: 'proposal' }]) //=> { words: ['ta-esitys'], meaning: 'proposal' }
 */
export function matchBudgetPhrase<T>(tokens: readonly string[], at: number, phrases: readonly BudgetPhrase<T>[]): BudgetPhrase<T> | null {
  let best: BudgetPhrase<T> | null = null;
  let bestLength = 0;
  for (const phrase of phrasesStartingWith(phrases, tokens[at]?.[0] ?? '')) {
    const n = phrase.words.length;
    if (n === 0 || at + n > tokens.length) continue;
    const fits = phrase.words.every((w, i) => {
      const t = tokens[at + i] ?? '';
      return t === w || (i === n - 1 && w.length >= 5 && t.startsWith(w));
    });
    const length = phrase.words.reduce((sum, w) => sum + w.length + 1, 0);
    if (fits && length > bestLength) {
      best = phrase;
      bestLength = length;
    }
  }
  return best;
}
