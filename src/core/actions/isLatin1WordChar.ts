/** Tells a letter or digit among Latin-1's character codes without a regex, for loops over every cell. */

/**
 * `[\p{L}\p{N}]` on the codes 0–255: ASCII's letters and digits, ª ² ³ µ ¹ º ¼ ½ ¾, and À–ÿ but × and ÷.
 * @example isLatin1WordChar('ä'.charCodeAt(0)) //=> true
 * @example isLatin1WordChar('-'.charCodeAt(0)) //=> false
 */
export function isLatin1WordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c > 0xff) return false;
  if (c >= 0xc0) return c !== 0xd7 && c !== 0xf7;
  return c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || c === 0xbc || c === 0xbd || c === 0xbe;
}
