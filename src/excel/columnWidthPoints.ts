/** Column widths: plans speak in characters like Excel's UI, Office.js sets them in points. */

/**
 * Points for a width of `chars` characters of the default font (about 7 px a character plus 5 px padding; 0.75 pt a pixel).
 * @example columnWidthPoints(10) //=> 56.25
 */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
