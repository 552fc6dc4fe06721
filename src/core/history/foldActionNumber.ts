/** One comparable form of an action's number, so "3.a", "3a." and "3 a" are the same number. */

/**
 * The number lower-cased with its spaces and dots dropped; null stays null.
 * @example foldActionNumber('3 A.') //=> '3a'
 */
export function foldActionNumber(number: string | null): string | null {
  if (number === null) return null;
  const folded = number.toLowerCase().replace(/[\s.]+/g, '');
  return folded === '' ? null : folded;
}
