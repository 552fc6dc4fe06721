/** The indicator reader's words of every language, folded once: header phrases, period words and target words. */
import { foldHeaderWords } from '../actions/foldHeaderWords';
import { LOCALES } from '../locales/locale';
import { once } from '../memo/once';
import type { IndicatorRole } from '../schema/report';

/** Stands for a four-digit year in a header phrase ("Tavoite {year}"). */
export const YEAR_TOKEN = '{year}';

export interface IndicatorHeaderPhrase {
  readonly role: IndicatorRole;
  /** Folded words; `YEAR_TOKEN` where a year must stand. */
  readonly words: readonly string[];
}

export const TARGET_WORD_KINDS = ['below', 'atMost', 'above', 'atLeast', 'decrease', 'increase'] as const;
export type TargetWordKind = (typeof TARGET_WORD_KINDS)[number];

export interface TargetPhrase {
  readonly kind: TargetWordKind;
  /** Folded words; the last one is a stem when `stem` is true ("laske*"). */
  readonly words: readonly string[];
  readonly stem: boolean;
}

export interface IndicatorVocabulary {
  /** Longest first, so "tavoitteen mittari" is an indicator before "tavoite" could make it a goal. */
  readonly headers: readonly IndicatorHeaderPhrase[];
  /** First words of any header phrase, to turn most cells away on their first word. */
  readonly headerFirstWords: ReadonlySet<string>;
  /** Words a period header may open with ("Toteuma 1-6/2023", "Vuosi 2019"). */
  readonly periodPrefixes: ReadonlySet<string>;
  /** Words naming a quarter ("neljännes", "kvartal", "quarter"). */
  readonly quarterWords: ReadonlySet<string>;
  /** Longest first. */
  readonly targets: readonly TargetPhrase[];
}

/**
 * Every language's indicator words together (a workbook may mix them), folded as header cells are.
 * @example indicatorVocabulary().headers.find((p) => p.words.join(' ') === 'tavoitteen mittari')?.role //=> 'indicator'
 */
export function indicatorVocabulary(): IndicatorVocabulary {
  return vocabulary();
}

function phraseWords(phrase: string): string[] {
  return phrase.split(' ').flatMap((w) => (w === YEAR_TOKEN ? [YEAR_TOKEN] : foldHeaderWords(w)));
}

const byLength = <T extends { words: readonly string[] }>(a: T, b: T): number => b.words.join(' ').length - a.words.join(' ').length;

const vocabulary = once((): IndicatorVocabulary => {
  const headers: IndicatorHeaderPhrase[] = [];
  const targets: TargetPhrase[] = [];
  const periodPrefixes = new Set<string>();
  const quarterWords = new Set<string>();
  for (const locale of Object.values(LOCALES)) {
    const words = locale.indicators;
    for (const [role, list] of Object.entries(words.headerWords) as [IndicatorRole, readonly string[]][]) {
      for (const p of list) headers.push({ role, words: phraseWords(p) });
    }
    for (const p of words.periodPrefixes) foldHeaderWords(p).forEach((w) => periodPrefixes.add(w));
    for (const p of words.quarterWords) foldHeaderWords(p).forEach((w) => quarterWords.add(w));
    for (const [kind, list] of Object.entries(words.targetWords) as [TargetWordKind, readonly string[]][]) {
      for (const p of list) targets.push({ kind, words: foldHeaderWords(p), stem: p.endsWith('*') });
    }
  }
  const usable = headers.filter((p) => p.words.length > 0).sort(byLength);
  return {
    headers: usable,
    headerFirstWords: new Set(usable.map((p) => p.words[0] ?? '')),
    periodPrefixes,
    quarterWords,
    targets: targets.filter((p) => p.words.length > 0).sort(byLength),
  };
});
