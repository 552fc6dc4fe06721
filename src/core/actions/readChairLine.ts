/** Reads the chair's name from a "Puheenjohtaja …" line above a table. */
import { cellText } from '../cellText';
import { LOCALES } from '../locales/locale';
import { once } from '../memo/once';
import { composed } from '../text/composed';
import { foldText } from '../text/foldText';

/** Every language's chair words, folded, longest first. */
const chairWords = once(() =>
  Object.values(LOCALES)
    .flatMap((l) => l.chairWords.map((w) => foldText(w)))
    .sort((a, b) => b.length - a.length),
);

/**
 * The name after a chair word of any language (`chairWords`), or null when the line names no chair.
 * @example readChairLine('Puheenjohtaja Anna-Liisa Koivisto') //=> 'Anna-Liisa Koivisto'
 * @example readChairLine('Ordförande: Eva Holm') //=> 'Eva Holm'
 * @example readChairLine('Tavoite 1: Sotekeskusten kehittäminen') //=> null
 */
export function readChairLine(text: string): string | null {
  // Composed first, so that a position in the folded opening is a position in the line.
  const tidy = composed(cellText(text));
  const words = chairWords();
  // Only the opening is compared: folding the longest chair word's length and one character more
  // gives the same letters there as folding the whole line (section rows of a long sheet come here).
  const folded = foldText(tidy.slice(0, (words[0]?.length ?? 0) + 1));
  for (const word of words) {
    if (!folded.startsWith(word)) continue;
    const next = folded[word.length];
    // "pj." ends in its own separator; other words must end where a word ends.
    if (next !== undefined && /[\p{L}\p{N}]/u.test(next) && /[\p{L}\p{N}]$/u.test(word)) continue;
    const name = tidy
      .slice(word.length)
      .replace(/^[\s:.,;–-]+/u, '')
      .trim();
    return name === '' ? null : name;
  }
  return null;
}
