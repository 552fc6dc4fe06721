/** Splits header and label text into comparable words, so vocabulary matches whatever the spelling, case or OCR damage. */
import { foldText } from '../text/foldText';

const SEPARATORS = /[\s\u00a0\u202f.,:;()/%\u2013\u2014]+/;
const EDGE_HYPHENS = /^-+|-+$/g;
/** Latin letters (with accents) are enough for fi/sv/en, and a plain class is cheaper than \p{L} on every header cell. */
const GLUED_YEAR = /([a-z\u00c0-\u024f])\d+$/;
const LETTER = /[a-z\u00c0-\u024f€]/;

/**
 * Composes and folds as every reader does (`foldText`: lower case, ä/ö/å and other marks dropped, a scan's `6` read as
 * `o`), and splits on spaces and punctuation, keeping inner hyphens ("ta-esitys"). A year glued to an abbreviation is dropped ("TAE24" → "tae"), and
 * tokens without a letter (years, periods, amounts) are left out: they carry no vocabulary.
 * @example budgetTokens('TAE24 vs. TA23 % Prop24 vs. Bud23 %') //=> ['tae', 'vs', 'ta', 'prop', 'vs', 'bud']
 */
export function budgetTokens(text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  for (const raw of folded.split(SEPARATORS)) {
    const t = raw.replace(EDGE_HYPHENS, '').replace(GLUED_YEAR, '$1');
    if (LETTER.test(t)) out.push(t);
  }
  return out;
}
