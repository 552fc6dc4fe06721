/** Folds status text to one comparable form, forgiving the OCR damage of scanned follow-up reports. */

/**
 * Letters a scan or a foreign keyboard loses their marks on; each maps to one letter so positions stay put.
 * The Excel colouring rules fold with this same table (`excelFoldedText`).
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

const LETTER = /\p{L}/u;

/** A scan's digit read as the letter it stands for when a letter touches it. */
function ocrRepaired(c: string, before: string | undefined, after: string | undefined): string {
  const letter = OCR_DIGITS[c];
  return letter !== undefined && (LETTER.test(before ?? '') || LETTER.test(after ?? '')) ? letter : c;
}

/**
 * Lower-cases a tidied text and drops the marks of ä/ö/å (and a few others), and reads a `6` that
 * touches a letter as `o` (scans turn `ö` into `6`: `ty6n` for `työn`). Every character maps to
 * exactly one, so an index into the result is an index into the input: callers cut reasons from
 * the text as written. Does not touch white space; tidy it first (`cellText`).
 * @example foldStatusText('Kylla, mutta KESKEYTETTY') //=> 'kylla, mutta keskeytetty'
 * @example foldStatusText('Ty6n alla') //=> 'tyon alla'
 */
export function foldStatusText(text: string): string {
  const chars: string[] = [];
  let ocrDigit = false;
  for (const c of text) {
    const lower = c.toLowerCase();
    const one = lower.length === c.length ? lower : c;
    chars.push(FOLDED_LETTERS[one] ?? one);
    if (OCR_DIGITS[c] !== undefined) ocrDigit = true;
  }
  // The OCR repair below is a second pass; most texts have no such digit at all (this runs on most cells).
  if (!ocrDigit) return chars.join('');
  return chars.map((c, i) => ocrRepaired(c, chars[i - 1], chars[i + 1])).join('');
}
