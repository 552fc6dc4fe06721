/** Recognises an indicator table's header cell: the role it names, or the period its values are for. */
import { foldHeaderWords } from '../actions/foldHeaderWords';
import { isLatin1WordChar } from '../actions/isLatin1WordChar';
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

/** Period headers that open with a digit are short ("1. neljännes 2024"); an action's "1.a …" is not one. */
const MAX_PERIOD_LENGTH = 20;
const FIRST_WORD = /[\p{L}\p{N}]+/u;
const QUARTER_OR_ROMAN = /^(q[1-4]?|i|ii|iii|iv|\d+)$/;

/** First words repeat far more than whole cells do: each is judged once. */
const opensWithWord = memoize((raw: string): boolean => {
  const [word = ''] = foldHeaderWords(raw);
  const { headerFirstWords, periodPrefixes, quarterWords } = indicatorVocabulary();
  return (
    headerFirstWords.has(word) || opensWithStem(word) || periodPrefixes.has(word) || quarterWords.has(word) || QUARTER_OR_ROMAN.test(word)
  );
});

/** False when the text's first word can open no header and no period, so nothing else need be read. */
function opensLikeHeader(value: string): boolean {
  const raw = firstWordOf(value);
  return raw !== null && opensWithWord(raw);
}

/** FIRST_WORD's match, by a loop while the text is Latin-1 (a regex per cell costs more than the rest). */
function firstWordOf(value: string): string | null {
  let start = -1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) return FIRST_WORD.exec(value)?.[0] ?? null;
    const word = isLatin1WordChar(c);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) return value.slice(start, i);
  }
  return start < 0 ? null : value.slice(start);
}

/**
 * Nearly every cell of a sheet comes here (each row is looked at as a possible header), and cells repeat down
 * a sheet: each text is judged once, most of them turned away on their first word.
 */
const matchCell = memoize((value: string): IndicatorHeaderMatch | null => (opensLikeHeader(value) ? matchText(value) : null));

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
  const c = value.charCodeAt(0);
  // Texts opening with a digit are mostly numbered actions ("1.a …"), each different: not worth remembering.
  if (c >= 48 && c <= 57) return value.length <= MAX_PERIOD_LENGTH ? matchText(value) : null;
  return matchCell(value);
}
