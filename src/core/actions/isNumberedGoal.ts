/** Tells a numbered goal heading ("Tavoite 2.", "Mål 3:", "Kärki 1") by its words. */
import { foldHeaderWords } from './foldHeaderWords';
import { sectionVocabulary } from './sectionVocabulary';
import { startsWithPhrase } from './startsWithPhrase';

/**
 * True when the text opens with a goal word and a number: the strongest sign of a section row, even
 * when the row also carries a schedule (seed 001: "Tavoite 1 Sote-keskusten … | 2020 - 2023").
 * OCR'd letters in the word are forgiven as everywhere (ä → a).
 * @example isNumberedGoal('Tavoite 3. Kotihoidon kehittäminen') //=> true
 * @example isNumberedGoal('Tavoitteena on laatia yhteinen malli') //=> false
 */
export function isNumberedGoal(text: string): boolean {
  const words = foldHeaderWords(text);
  return sectionVocabulary().goalWords.some((p) => startsWithPhrase(words, p) && /^\d+[a-z]?$/.test(words[p.length] ?? ''));
}
