/** Column number to letters, the way Excel names columns. */

/**
 * Turns a 1-based column number into Excel's column letters.
 * @example columnLetter(28) //=> 'AB'
 */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`column must be a positive integer, got ${col}`);
  // Every item's cell addresses come through here: the few columns a sheet uses are spelled once.
  const known = spelled[col];
  if (known !== undefined) return known;
  const out = spell(col);
  if (col < SPELLED_LIMIT) spelled[col] = out;
  return out;
}

/** Columns past this (Excel stops at 16 384) are rare enough to spell each time. */
const SPELLED_LIMIT = 1024;
const spelled: string[] = [];

function spell(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
