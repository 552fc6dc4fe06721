/** Words drawn over other words: what a row too short for its wrapped text shows on paper. */
import type { PdfWord } from './readPdfPages';

/**
 * A word's box spans its font's full height, so the lines of one paragraph touch by a point or less; more than this is
 * one text drawn over another.
 */
const TOUCH_POINTS = 2;

/**
 * The pairs of words whose boxes overlap by more than touching lines do, as `'a' over 'b'`.
 * @example overlappingWords(page.words) //=> ["'hlö)' over 'Aloitusvaiheen'"] where a wrapped action runs into the next row
 */
export function overlappingWords(words: readonly PdfWord[]): string[] {
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin);
  const found: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (!a) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (!b || b.yMin >= a.yMax - TOUCH_POINTS) break;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (across > TOUCH_POINTS && down > TOUCH_POINTS) found.push(`'${a.text}' over '${b.text}'`);
    }
  }
  return found;
}
