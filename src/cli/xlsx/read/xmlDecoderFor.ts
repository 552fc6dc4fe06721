/** How the bytes of a package's XML part become text: one rule for the reader and the writer. */
import { createUtf8Decoder, type StreamDecoder } from './createUtf8Decoder';

/**
 * XML in a package is UTF-8 or UTF-16, told apart by a byte-order mark or, without one, by how `<` is written (XML 1.0,
 * appendix F). The decoder drops the mark and refuses bytes that are not valid in its encoding.
 * @example xmlDecoderFor(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c])).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c])) //=> '<'
 */
export function xmlDecoderFor(start: Uint8Array): StreamDecoder {
  if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0x3c && start[1] === 0x00))
    return new TextDecoder('utf-16le', { fatal: true });
  if ((start[0] === 0xfe && start[1] === 0xff) || (start[0] === 0x00 && start[1] === 0x3c))
    return new TextDecoder('utf-16be', { fatal: true });
  return createUtf8Decoder();
}
