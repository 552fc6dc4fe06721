/** Splits header-like text into comparable words, forgiving case, spacing, line breaks and OCR-lost marks. */
import { cellText } from '../cellText';
import { foldText } from '../text/foldText';

/**
 * Lower-cased words of letters and digits, ä/ö/å folded to a/o (as scans lose them); everything
 * else (slashes, colons, line breaks, parentheses) separates words.
 * @example foldHeaderWords('Vastuutaho/\nhenkilöt:') //=> ['vastuutaho', 'henkilot']
 */
export function foldHeaderWords(text: string): string[] {
  return foldText(cellText(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}
