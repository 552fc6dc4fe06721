/** Whether a file is text (CSV, tab-separated, HTML) rather than a binary format. */

const SAMPLE = 4096;

/** How the sample's characters are laid out: bytes, or 2- or 4-byte units in either byte order. */
interface Layout {
  width: 1 | 2 | 4;
  littleEndian: boolean;
}

/**
 * True for a byte-order mark; for text in UTF-8 or a single-byte code page (Windows-1252); and for
 * UTF-16 or UTF-32 without a mark, told by where their zero bytes fall. The first 4 kB must have
 * few control characters other than tabs and line breaks.
 * @example looksLikeText(Buffer.from('Toimenpide;Vastuuhenkilö;Tila\n')) //=> true
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (hasByteOrderMark(bytes)) return true;
  const length = Math.min(bytes.length, SAMPLE);
  const sample = bytes.subarray(0, length - (length % 4));
  const layout = layoutOf(sample);
  if (layout === null || sample.length === 0) return false;
  let control = 0;
  let characters = 0;
  for (let at = 0; at < sample.length; at += layout.width) {
    const unit = unitAt(sample, at, layout);
    characters++;
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d && unit !== 0x0c) control++;
  }
  return control * 100 <= characters;
}

/** UTF-8, UTF-16 and UTF-32 marks (UTF-32 LE begins as UTF-16 LE does). */
function hasByteOrderMark(b: Uint8Array): boolean {
  return (
    (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) ||
    (b[0] === 0xff && b[1] === 0xfe) ||
    (b[0] === 0xfe && b[1] === 0xff) ||
    (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
  );
}

/**
 * Bytes when there are no zero bytes; 2- or 4-byte units when the zero bytes fill all but one
 * position of every unit, as Latin text in UTF-16 or UTF-32 does; null for binary data.
 */
function layoutOf(sample: Uint8Array): Layout | null {
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i % 4] = (zeros[i % 4] as number) + 1;
  if (zeros.every((z) => z === 0)) return { width: 1, littleEndian: true };
  const quarter = sample.length / 4;
  const full = zeros.map((z) => z >= quarter * 0.9);
  const empty = zeros.map((z) => z <= quarter * 0.1);
  if (full[1] && full[2] && full[3] && empty[0]) return { width: 4, littleEndian: true };
  if (full[0] && full[1] && full[2] && empty[3]) return { width: 4, littleEndian: false };
  if (full[1] && full[3] && empty[0] && empty[2]) return { width: 2, littleEndian: true };
  if (full[0] && full[2] && empty[1] && empty[3]) return { width: 2, littleEndian: false };
  return null;
}

function unitAt(sample: Uint8Array, at: number, { width, littleEndian }: Layout): number {
  const view = new DataView(sample.buffer, sample.byteOffset + at, width);
  if (width === 1) return view.getUint8(0);
  return width === 2 ? view.getUint16(0, littleEndian) : view.getUint32(0, littleEndian);
}
