/** Streams one part of the package through a SAX parser: its text is decoded and parsed a slice at a time, never held whole. */
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { createXmlParser, type XmlHandlers } from './createXmlParser';
import type { StreamDecoder } from './createUtf8Decoder';
import type { ZipEntry } from './readZipDirectory';
import { WorkbookUnreadable } from './workbookUnreadable';
import { xmlDecoderFor } from './xmlDecoderFor';

const CHUNK = 64 * 1024;
/** Parts up to this size (the zip directory says how big) are inflated at once; larger ones stream. */
const WHOLE_PART = 16 * 1024 * 1024;
/**
 * How much of an inflated part is decoded and parsed at a time: small enough that its text (two bytes a character once it
 * holds an `ä`) stays under V8's 128 kB limit for young objects. A megabyte's text went to the large-object space, a fresh
 * mapping for every slice, whose first touch costs more than its parsing on a VM that gives freed pages back.
 */
export const SLICE = 32 * 1024;
const STORED = 0;
const DEFLATED = 8;

/**
 * Inflates `entry` (at once up to 16 MB: a stream's round trips to zlib's threads left the main
 * thread waiting; in chunks beyond, so memory stays bounded) and feeds it to the XML parser (createXmlParser) in slices,
 * decoded as UTF-8 or UTF-16 (by a byte-order mark, or by how the part writes `<`; a UTF-8 mark is
 * dropped). Bytes that are not text or not well-formed XML throw `WorkbookUnreadable('damagedPart')`,
 * data that does not inflate `'corrupt'`, and a DOCTYPE `'doctype'` before anything it declares
 * could be used: no entity is ever expanded.
 * @example await scanXmlPart(bytes, zip.get('xl/workbook.xml')!, { open: (tag) => localName(tag.name) === 'sheet' && names.push(tag.attributes.name ?? '') })
 */
export async function scanXmlPart(bytes: Uint8Array, entry: ZipEntry, handlers: XmlHandlers): Promise<void> {
  const part = entry.name;
  if (entry.encrypted || (entry.method !== STORED && entry.method !== DEFLATED)) throw new WorkbookUnreadable('corrupt', { part });
  const feed = xmlFeed(part, handlers);
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const whole = entry.method === STORED ? data : inflateWhole(data, entry.size, part);
  if (whole !== null) {
    for (let at = 0; at < whole.length; at += SLICE) feed(whole.subarray(at, Math.min(whole.length, at + SLICE)));
  } else {
    await inflateInto(data, part, feed);
  }
  feed(null);
}

/** The inflated part, or null when it is too large to hold at once (or larger than the directory says). */
function inflateWhole(data: Uint8Array, size: number, part: string): Uint8Array | null {
  if (size > WHOLE_PART) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw new WorkbookUnreadable('corrupt', { part });
  }
}

function inflateInto(data: Uint8Array, part: string, feed: (chunk: Uint8Array) => void): Promise<void> {
  // Dropped once the part is read: zlib keeps the stream a while after its end, and through its listeners the parser
  // and everything its handlers collected (a 100 000-row sheet's cells) while the report is built. No listener names
  // `feed` itself, or it would live on in their scope.
  let sink: ((chunk: Uint8Array) => void) | null = feed;
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK });
    inflater.on('data', (chunk: Buffer) => {
      if (sink === null) return;
      try {
        sink(chunk);
      } catch (e) {
        sink = null;
        inflater.destroy();
        reject(e);
      }
    });
    inflater.on('error', () => {
      sink = null;
      reject(new WorkbookUnreadable('corrupt', { part }));
    });
    inflater.on('end', () => {
      if (sink === null) return;
      sink = null;
      resolve();
    });
    inflater.end(data);
  });
}

/** A function taking the part's bytes chunk by chunk, `null` at the end. */
function xmlFeed(part: string, handlers: XmlHandlers): (chunk: Uint8Array | null) => void {
  const parser = createXmlParser(part, handlers);
  let decoder: StreamDecoder | null = null;
  let sawAnything = false;
  return (chunk) => {
    if (chunk === null) {
      if (!sawAnything) throw new WorkbookUnreadable('damagedPart', { part });
      parser.write(decode(decoder, part, new Uint8Array(0), false));
      parser.close();
      return;
    }
    if (chunk.length === 0) return;
    sawAnything = true;
    decoder ??= xmlDecoderFor(chunk);
    parser.write(decode(decoder, part, chunk, true));
  };
}

function decode(decoder: StreamDecoder | null, part: string, chunk: Uint8Array, more: boolean): string {
  if (decoder === null) return '';
  try {
    return decoder.decode(chunk, { stream: more });
  } catch {
    // A fatal decoder throws a TypeError on bytes that are no text in its encoding: the part is damaged.
    throw new WorkbookUnreadable('damagedPart', { part });
  }
}
