/** The header words of every language, folded once, for the readers that recognise table headers. */
import { LOCALES } from '../locales/locale';
import { once } from '../memo/once';
import type { ColumnRole } from '../schema/report';
import { foldHeaderWords } from './foldHeaderWords';

/** A column role, or `section`: a column that groups actions as section rows do (seed 004's Kärki). */
export type HeaderRole = ColumnRole | 'section';

export interface HeaderPhrase {
  readonly role: HeaderRole;
  readonly words: readonly string[];
}

/**
 * Every header phrase of fi, sv and en together (a workbook may mix them), longest first so that
 * "Tavoitteen mittari" is a metric before "tavoite" could make it a goal.
 * @example headerVocabulary().find((p) => p.words.join(' ') === 'tavoitteen mittari')?.role //=> 'metric'
 */
export function headerVocabulary(): readonly HeaderPhrase[] {
  return phrases();
}

const phrases = once((): readonly HeaderPhrase[] => {
  const phrases: HeaderPhrase[] = [];
  for (const locale of Object.values(LOCALES)) {
    for (const [role, list] of Object.entries(locale.headerWords) as [ColumnRole, readonly string[]][]) {
      for (const p of list) phrases.push({ role, words: foldHeaderWords(p) });
    }
    for (const p of locale.actionSectionColumnWords) phrases.push({ role: 'section', words: foldHeaderWords(p) });
  }
  const usable = phrases.filter((p) => p.words.length > 0);
  usable.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  return usable;
});
