/** Folds status text to one comparable form, forgiving the OCR damage of scanned follow-up reports. */

/** Letters a scan or a foreign keyboard loses their marks on; each maps to one letter so positions stay put. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
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

const LETTER = /\p{L}/u;

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
  let digitSix = false;
  for (const c of text) {
    const lower = c.toLowerCase();
    const one = lower.length === c.length ? lower : c;
    chars.push(FOLDED_LETTERS[one] ?? one);
    if (c === '6') digitSix = true;
  }
  // The OCR repair below is a second pass; most texts have no 6 at all (this runs on most cells).
  if (!digitSix) return chars.join('');
  return chars
    .map((c, i) => (c === '6' && (LETTER.test(chars[i - 1] ?? '') || LETTER.test(chars[i + 1] ?? '')) ? 'o' : c))
    .join('');
}
