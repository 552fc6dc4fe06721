/** The words that open a section row, from every language's locale, folded once. */
import { LOCALES } from '../locales/locale';
import { once } from '../memo/once';
import { foldHeaderWords } from './foldHeaderWords';

export interface SectionVocabulary {
  /** `actionSectionWords`: "muut", "övriga", "other"… */
  readonly sectionWords: readonly (readonly string[])[];
  /** Goal header words and section column words: followed by a number they head a section. */
  readonly goalWords: readonly (readonly string[])[];
}

/**
 * The folded section vocabulary of fi, sv and en together.
 * @example sectionVocabulary().sectionWords.some((w) => w[0] === 'muut') //=> true
 */
export function sectionVocabulary(): SectionVocabulary {
  return vocabulary();
}

const vocabulary = once((): SectionVocabulary => {
  const locales = Object.values(LOCALES);
  return {
    sectionWords: locales.flatMap((l) => l.actionSectionWords.map(foldHeaderWords)).filter((w) => w.length > 0),
    goalWords: locales
      .flatMap((l) => [...l.headerWords.goal, ...l.actionSectionColumnWords].map(foldHeaderWords))
      .filter((w) => w.length > 0),
  };
});
