/** Recognises an indicator table's header cell: the role it names, or the period its values are for. */
import { foldHeaderWords } from '../actions/foldHeaderWords';
import { matchHeaderWord } from '../actions/matchHeaderWord';
import type { CellValue } from '../grid';
import { memoize } from '../memo/memoize';
import type { IndicatorRole } from '../schema/report';
import { indicatorVocabulary, YEAR_TOKEN } from './indicatorVocabulary';
import { readPeriodHeader, type PeriodHeader } from './readPeriodHeader';

export type IndicatorHeaderMatch = { readonly role: IndicatorRole } | ({ readonly role: 'period' } & PeriodHeader);

/** Header cells are short; a long cell is data. */
const MAX_LENGTH = 60;
/** Words a header may add after its phrase: a year, a unit ("Tavoitetaso 2024", "Lähtötilanne 2023"). */
const MAX_EXTRA_WORDS = 2;

function matchesWord(word: string, phraseWord: string): boolean {
  return phraseWord === YEAR_TOKEN ? /^(19|20)\d\d$/.test(word) : matchHeaderWord(word, phraseWord);
}

function roleOf(words: readonly string[]): IndicatorRole | null {
  if (words.length === 0 || (!indicatorVocabulary().headerFirstWords.has(words[0] ?? '') && !opensWithStem(words[0] ?? ''))) return null;
  for (const phrase of indicatorVocabulary().headers) {
    if (words.length < phrase.words.length || words.length > phrase.words.length + MAX_EXTRA_WORDS) continue;
    if (phrase.words.every((w, i) => matchesWord(words[i] ?? '', w))) return phrase.role;
  }
  return null;
}

/** matchHeaderWord's endings: a header word of four letters or more plus at most two letters. */
function opensWithStem(word: string): boolean {
  const first = indicatorVocabulary().headerFirstWords;
  for (let cut = 1; cut <= 2; cut++) {
    const stem = word.slice(0, word.length - cut);
    if (stem.length >= 4 && first.has(stem)) return true;
  }
  return false;
}

const matchText = memoize((text: string): IndicatorHeaderMatch | null => {
  // A period first: "Toteuma 1-6/2023" is a period's values, not the one actual column.
  const period = readPeriodHeader(text);
  if (period) return { role: 'period', ...period };
  const role = roleOf(foldHeaderWords(text));
  return role === null ? null : { role };
});

/**
 * The role a header cell names in any of fi/sv/en (case, marks, line breaks, plurals forgiven), or the period
 * it names; null for anything else. The phrase opens the cell and at most two words follow it.
 * @example matchIndicatorHeader('Tavoitteen mittari') //=> { role: 'indicator' }
 * @example matchIndicatorHeader('Tavoitetaso 2024') //=> { role: 'target' }
 * @example matchIndicatorHeader('Q1/2024') //=> { role: 'period', label: 'Q1/2024', key: 20240301 }
 */
export function matchIndicatorHeader(value: CellValue | undefined): IndicatorHeaderMatch | null {
  if (typeof value === 'number') {
    const period = readPeriodHeader(value);
    return period ? { role: 'period', ...period } : null;
  }
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  return matchText(value);
}
