/** Recognises a header cell by its vocabulary: which column role it names, and its category if any. */
import { cellText } from '../cellText';
import type { CellValue } from '../grid';
import { memoize } from '../memo/memoize';
import { once } from '../memo/once';
import { composed } from '../text/composed';
import { foldText } from '../text/foldText';
import { foldHeaderWords } from './foldHeaderWords';
import { headerVocabulary, type HeaderRole } from './headerVocabulary';
import { isLatin1WordChar } from './isLatin1WordChar';
import { matchHeaderWord } from './matchHeaderWord';

export interface HeaderMatch {
  role: HeaderRole;
  /** The text after a slash in an action header, e.g. "kansalaispalvelut" in "Toimenpide/kansalaispalvelut". */
  category: string | null;
}

/** Header cells are short; a long cell is data even when it starts with a header word. */
const MAX_LENGTH = 60;
/** Words a header may add after its phrase: a year, a unit, a qualifier ("Toiminnallinen tavoite 2018"). */
const MAX_EXTRA_WORDS = 2;

/**
 * The role a header cell names, in any of fi/sv/en, whatever its case, spacing, line breaks, plural
 * or trailing colon; null when it names none. The phrase must open the cell (before any slash);
 * the longest phrase wins. A slash after an action word introduces a category.
 * @example matchHeaderRole('Toimenpide/kansalaispalvelut') //=> { role: 'action', category: 'kansalaispalvelut' }
 * @example matchHeaderRole('MITTARIT') //=> { role: 'metric', category: null }
 * @example matchHeaderRole('Tavoitetaso 2024') //=> null
 */
export function matchHeaderRole(value: CellValue | undefined): HeaderMatch | null {
  if (typeof value !== 'string') return null;
  // Nearly every cell of a sheet comes here (each row is tried as a header) and most open with a word
  // no header opens with: rejecting those on their first word alone skips folding the whole text.
  if (!opensLikeHeader(value)) return null;
  // Long texts (actions, targets) are never headers and mostly all different: remembering them would
  // crowd out the few header texts that do repeat.
  return value.length > MAX_LENGTH ? matchText(value) : matchShortText(value);
}

/** The first run of letters and digits: the first word foldHeaderWords would give (white space and punctuation separate). */
const FIRST_WORD = /[\p{L}\p{N}]+/u;

/**
 * False when the text's first word matches no header phrase's first word, so no phrase can match the
 * text. Folding only the first word gives the same word as folding the whole text: folding maps each
 * character to one and the OCR 6→o repair looks only at neighbours, which past the word are separators.
 */
function opensLikeHeader(value: string): boolean {
  const raw = firstWordOf(value);
  if (raw === null) return false;
  return opensWithHeaderWord(raw);
}

/**
 * FIRST_WORD's match, found by a loop while the text is Latin-1 (a regex exec makes a match array per
 * cell, and this runs on nearly every cell); any other character hands over to the regex, which knows
 * all of Unicode's letters and digits, on the composed text (a combining mark is no letter, and the fold composes).
 */
function firstWordOf(value: string): string | null {
  let start = -1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) return FIRST_WORD.exec(composed(value))?.[0] ?? null;
    const word = isLatin1WordChar(c);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) return value.slice(start, i);
  }
  return start < 0 ? null : value.slice(start);
}

/** First words repeat far more than whole cells do (numbers, names, status words): each is folded once. */
const opensWithHeaderWord = memoize((raw: string): boolean => isHeaderFirstWord(foldText(raw)));

const headerFirstWords = once(() => new Set(headerVocabulary().map((p) => p.words[0] ?? '')));

function isHeaderFirstWord(word: string): boolean {
  const firstWords = headerFirstWords();
  if (firstWords.has(word)) return true;
  // matchHeaderWord's endings: a header word of four letters or more plus at most two letters.
  for (let cut = 1; cut <= 2; cut++) {
    const stem = word.slice(0, word.length - cut);
    if (stem.length >= 4 && firstWords.has(stem)) return true;
  }
  return false;
}

/** Sheets repeat their short texts (headers, statuses, schedules) on every row. */
const matchShortText = memoize((value: string): HeaderMatch | null => matchText(value));

function matchText(value: string): HeaderMatch | null {
  const text = cellText(value);
  if (text === '' || text.length > MAX_LENGTH) return null;
  const slash = text.indexOf('/');
  const headWords = foldHeaderWords(slash >= 0 ? text.slice(0, slash) : text);
  const allWords = foldHeaderWords(text);
  for (const phrase of headerVocabulary()) {
    // A listed phrase may itself contain the slash ("vastuutaho/henkilöt"): try it on the whole cell first.
    for (const words of [allWords, headWords]) {
      if (words.length < phrase.words.length || words.length > phrase.words.length + MAX_EXTRA_WORDS) continue;
      if (!phrase.words.every((w, i) => matchHeaderWord(words[i] ?? '', w))) continue;
      const wholeCell = words === allWords && slash >= 0 && words.length === phrase.words.length;
      const rest = slash >= 0 && !wholeCell ? text.slice(slash + 1).trim() : '';
      return { role: phrase.role, category: phrase.role === 'action' && rest !== '' ? rest : null };
    }
  }
  return null;
}
