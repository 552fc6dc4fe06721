/** Column number to letters, the way Excel names columns. */
import { memoize } from '../memo/memoize';

/** Every item's cell addresses come through here: the few columns a sheet uses are spelled once. */
const spell = memoize((col: number): string => {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
});

/**
 * Turns a 1-based column number into Excel's column letters.
 * @example columnLetter(28) //=> 'AB'
 */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`column must be a positive integer, got ${col}`);
  return spell(col);
}
