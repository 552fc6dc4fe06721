/** The one fold every reader compares text with, and the Excel colouring rules copy: case, lost marks, a scan's digits. */
import { composed } from './composed';

/**
 * Letters a scan or a foreign keyboard loses their marks on; each maps to one letter so positions stay put.
 * The Excel colouring rules fold with this same table (`excelFoldedLetters`).
 */
export const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ä: 'a',
  å: 'a',
  à: 'a',
  á: 'a',
  â: 'a',
  ö: 'o',
  ø: 'o',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  ü: 'u',
  é: 'e',
  è: 'e',
};

/** Digits a scan reads for a letter (`ty6n` for `työn`); repaired where they touch a letter. */
export const OCR_DIGITS: Readonly<Record<string, string>> = { '6': 'o' };

export interface FoldOptions {
  /**
   * Letters of `FOLDED_LETTERS` kept as written, for a vocabulary in which the mark tells two words apart (the
   * schedule's Swedish `vår`, spring, and `var`, every: `var tredje månad`).
   */
  readonly keep?: string;
}

const LETTER = /\p{L}/u;

/** The lower case of one character, where it is one character (`İ` lower-cases to two and is left as it is). */
function lowerInPlace(c: string): string {
  const lower = c.toLowerCase();
  return lower.length === c.length ? lower : c;
}

/** The letter a marked letter folds to, unless the caller keeps it. */
function unmarked(c: string, keep: string): string {
  const letter = FOLDED_LETTERS[c];
  return letter === undefined || keep.includes(c) ? c : letter;
}

/** A scan's digit read as the letter it stands for when a letter touches it. */
function ocrRepaired(c: string, before: string | undefined, after: string | undefined): string {
  const letter = OCR_DIGITS[c];
  return letter !== undefined && (LETTER.test(before ?? '') || LETTER.test(after ?? '')) ? letter : c;
}

/**
 * Composes a decomposed letter (`composed`), lower-cases, drops the marks of ä/ö/å (and the others of `FOLDED_LETTERS`)
 * but those `options.keep` names, and reads a `6` that touches a letter as `o` (scans turn `ö` into `6`: `ty6n` for
 * `työn`). Every character of a composed text maps to exactly one, so an index into the result is an index into the
 * composed input: callers cut reasons from the text as written, composed first. White space is left as it is: tidy it
 * first (`cellText`).
 * @example foldText('Kylla, mutta KESKEYTETTY') //=> 'kylla, mutta keskeytetty'
 * @example foldText('Ty6n alla') //=> 'tyon alla'
 * @example foldText('Våren 2024', { keep: 'å' }) //=> 'våren 2024'
 */
export function foldText(text: string, options?: FoldOptions): string {
  const keep = options?.keep ?? '';
  const chars: string[] = [];
  let ocrDigit = false;
  for (const c of composed(text)) {
    chars.push(unmarked(lowerInPlace(c), keep));
    if (OCR_DIGITS[c] !== undefined) ocrDigit = true;
  }
  // Most texts hold no scan digit at all, and this runs on nearly every cell.
  if (!ocrDigit) return chars.join('');
  return chars.map((c, i) => ocrRepaired(c, chars[i - 1], chars[i + 1])).join('');
}
