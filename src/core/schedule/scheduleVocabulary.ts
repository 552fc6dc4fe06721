/** The schedule words of every language as one list the tokenizer can match against. */
import { LOCALES } from '../locales/locale';
import { once } from '../memo/once';
import { foldText, type FoldOptions } from '../text/foldText';
import type { Season } from './seasonRange';

export type ScheduleWordMeaning =
  | { readonly kind: 'season'; readonly season: Season }
  | { readonly kind: 'month'; readonly month: number }
  | { readonly kind: 'openEnd' | 'ongoing' | 'deadline' | 'done' };

/**
 * How schedule words are folded, in the cells and in the vocabulary alike: as every reader folds, but keeping å, the one
 * mark that tells two Swedish words apart here: `vår` is spring, `var` is every
 * (`2024 var tredje månad`, every third month of 2024, is no spring).
 */
export const SCHEDULE_FOLD: FoldOptions = { keep: 'å' };

export interface ScheduleWord {
  /** The folded words of the phrase, in order ("tills vidare" → ['tills', 'vidare']). */
  readonly parts: readonly string[];
  /** The last part is a stem matching any word that starts with it (a trailing `*` in the locale). */
  readonly stem: boolean;
  readonly meaning: ScheduleWordMeaning;
}

/**
 * Every language's `scheduleWords` together (a workbook may mix Finnish and Swedish), folded the
 * way cell text is folded. Built once.
 * @example scheduleVocabulary().find((w) => w.parts[0] === 'hosten')?.meaning //=> { kind: 'season', season: 'autumn' }
 */
export function scheduleVocabulary(): readonly ScheduleWord[] {
  return words();
}

const words = once((): readonly ScheduleWord[] => {
  const words: ScheduleWord[] = [];
  const add = (phrase: string, meaning: ScheduleWordMeaning) => {
    const stem = phrase.endsWith('*');
    const parts = foldText(stem ? phrase.slice(0, -1) : phrase, SCHEDULE_FOLD).match(/\p{L}[\p{L}\d]*/gu) ?? [];
    if (parts.length > 0) words.push({ parts, stem, meaning });
  };
  for (const locale of Object.values(LOCALES)) {
    const w = locale.scheduleWords;
    const seasons: readonly [Season, readonly string[]][] = [
      ['spring', w.spring],
      ['summer', w.summer],
      ['autumn', w.autumn],
    ];
    for (const [season, list] of seasons) for (const p of list) add(p, { kind: 'season', season });
    w.months.forEach((list, i) => {
      for (const p of list) add(p, { kind: 'month', month: i + 1 });
    });
    for (const p of w.openEnd) add(p, { kind: 'openEnd' });
    for (const p of w.ongoing) add(p, { kind: 'ongoing' });
    for (const p of w.deadline) add(p, { kind: 'deadline' });
    for (const p of w.done) add(p, { kind: 'done' });
  }
  return words;
});
