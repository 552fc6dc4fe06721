/** An element's name without its prefix: Excel writes `c`, other producers `x:c`. */

/**
 * The part of a qualified name after its colon, or the name itself.
 * @example localName('x:sheetData') //=> 'sheetData'
 */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
