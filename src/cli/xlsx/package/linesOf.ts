/** How many lines a text wraps to in a cell of a given width. */

/**
 * The lines a text takes when wrapped at `chars` characters: each paragraph (`\n`) broken at spaces, a word longer than a
 * line broken inside it, as Excel and LibreOffice do.
 * @example linesOf('Kotihoidon yöpartio laajenee koko alueelle', 20) //=> 3
 */
export function linesOf(text: string, chars: number): number {
  const width = Math.max(1, Math.floor(chars));
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= width) {
        used = need;
        continue;
      }
      if (used > 0) lines++;
      lines += Math.floor(Math.max(0, word.length - 1) / width);
      used = word.length % width || (word.length === 0 ? 0 : width);
    }
  }
  return lines;
}
