/** Column letters to number, the inverse of columnLetter. */

/**
 * Turns Excel column letters into a 1-based column number (case-insensitive).
 * @example columnNumber('AB') //=> 28
 */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`not column letters: '${letters}'`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
