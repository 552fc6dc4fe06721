/** Tells a row that groups the actions below it ("Tavoite 1: …", "Muut toteutukset") by its words. */
import { foldHeaderWords } from './foldHeaderWords';
import { isNumberedGoal } from './isNumberedGoal';
import { sectionVocabulary } from './sectionVocabulary';

/**
 * True when the text is a numbered goal (`isNumberedGoal`) or opens with a section word of the
 * locales (`actionSectionWords`: "Muut toteutukset", "Övriga åtgärder", "Other actions").
 * @example isSectionText('Tavoite 1: Sotekeskusten ja erikoissairaanhoidon välisen yhteistyön kehittäminen') //=> true
 * @example isSectionText('Muut toteutukset') //=> true
 * @example isSectionText('Muutosjohtaminen') //=> false
 */
export function isSectionText(text: string): boolean {
  if (isNumberedGoal(text)) return true;
  const words = foldHeaderWords(text);
  return sectionVocabulary().sectionWords.some((p) => words.length > 0 && p.every((w, i) => words[i] === w));
}
