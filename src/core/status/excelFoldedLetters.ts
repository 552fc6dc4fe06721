/** The Excel expression for foldText: one fold, built from foldText's own tables. */
import { once } from '../memo/once';
import { excelSubstitutions } from './excelSubstitutions';
import { FOLDED_LETTERS, OCR_DIGITS } from '../text/foldText';

/** Combining marks that, after a base letter, compose (NFC) into one of the folded letters: "a" + U+0308 is "ä". */
const foldedMarks = once((): readonly string[] => {
  const found = new Set<string>();
  for (const letter of Object.keys(FOLDED_LETTERS)) for (const mark of [...letter.normalize('NFD')].slice(1)) found.add(mark);
  return [...found];
});

/**
 * An Excel expression giving the text of `ref` folded as `foldText` folds it: lower case, the letters of its table
 * without their marks (a decomposed "a" + U+0308 too, which the reader composes first), and a scan's digit as its letter
 * (`6` as `o`) wherever it stands; whether a letter touches it is left to the caller (statusConditionalRules).
 * @example excelFoldedLetters('E5').startsWith('SUBSTITUTE(SUBSTITUTE(') //=> true
 */
export function excelFoldedLetters(ref: string): string {
  return excelSubstitutions(`LOWER(${ref})`, [
    ...foldedMarks().map((mark) => [mark, ''] as const),
    ...Object.entries(FOLDED_LETTERS),
    ...Object.entries(OCR_DIGITS),
  ]);
}
