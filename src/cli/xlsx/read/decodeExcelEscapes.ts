/** Excel's own escapes in cell text: characters XML cannot hold, written as `_xHHHH_`. */

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Turns `_x000D_` into a carriage return and so on (`_x005F_` is a literal underscore, which is how
 * Excel writes a text that itself reads `_x…_`).
 * @example decodeExcelEscapes('Ei_x000D_\nkorona') //=> 'Ei\r\nkorona'
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
