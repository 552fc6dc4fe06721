/** The CRC-32 a zip records for every file (the IEEE polynomial, as zlib computes it). */

const TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * The bytes' CRC-32, as an unsigned number; given the CRC of the bytes before them, that of the whole (a part zipped
 * chunk by chunk).
 * @example crc32(Buffer.from('<workbook/>')) //=> 0x13989ece
 * @example crc32(Buffer.from('book/>'), crc32(Buffer.from('<work'))) //=> 0x13989ece
 */
export function crc32(bytes: Uint8Array, before = 0): number {
  let c = (before ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) c = (TABLE[(c ^ bytes[i]!) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
