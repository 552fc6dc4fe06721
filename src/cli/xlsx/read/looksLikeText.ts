/** Whether a file is text (CSV, tab-separated, HTML) rather than a binary format. */

const SAMPLE = 4096;

/**
 * True for a byte-order mark, or a first 4 kB without NUL bytes and with few control characters
 * other than tabs and line breaks: CSV in UTF-8 or in Windows-1252 alike.
 * @example looksLikeText(Buffer.from('Toimenpide;Vastuuhenkilö;Tila\n')) //=> true
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control * 100 <= sample.length;
}
