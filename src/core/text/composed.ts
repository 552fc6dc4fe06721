/** Letters typed as a base letter and a combining mark (as a Mac may save them) made single letters again. */

/** The combining marks of Latin letters (ä is a + U+0308, å is a + U+030A). */
const COMBINING = /[\u0300-\u036f]/;

/**
 * The text composed (NFC) when it holds a combining mark, else the text itself: most texts have none, and this runs on
 * every cell a reader folds.
 * @example composed('Ma\u0308tare') //=> 'Mätare'
 */
export function composed(text: string): string {
  return COMBINING.test(text) ? text.normalize('NFC') : text;
}
