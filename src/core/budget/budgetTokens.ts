/** Splits header and label text into comparable words, so vocabulary matches whatever the spelling, case or OCR damage. */

/**
 * Lower-cases, folds ä/ö/å to a/o/a (OCR loses them), and splits on spaces and punctuation, keeping
 * inner hyphens ("ta-esitys"). A year glued to an abbreviation is dropped ("TAE24" → "tae"), and
 * tokens without a letter (years, periods, amounts) are left out: they carry no vocabulary.
 * @example budgetTokens('TAE24 vs. TA23 % Prop24 vs. Bud23 %') //=> ['tae', 'vs', 'ta', 'prop', 'vs', 'bud']
 */
export function budgetTokens(text: string): string[] {
  const folded = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o');
  return folded
    .split(/[\s\u00a0\u202f.,:;()/%\u2013\u2014]+/)
    .map((t) => t.replace(/^-+|-+$/g, '').replace(/(\p{L})\d+$/u, '$1'))
    .filter((t) => /\p{L}|€/u.test(t));
}
