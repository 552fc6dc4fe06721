/** Streams one part of the package through a SAX parser: the part's text is never held whole. */
import { createInflateRaw } from 'node:zlib';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { ZipEntry } from './readZipDirectory';
import { WorkbookUnreadable } from './workbookUnreadable';

/** What a reader of a part does with its elements; names are local (`x:c` arrives as `c`). */
export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
}

const CHUNK = 64 * 1024;
const STORED = 0;
const DEFLATED = 8;

/**
 * Inflates `entry` in chunks and feeds them, decoded (UTF-8, or UTF-16 by its byte-order mark; a
 * UTF-8 mark is dropped), to saxes. Bytes that are not text or not well-formed XML throw
 * `WorkbookUnreadable('damagedPart')`, data that does not inflate `'corrupt'`, and a DOCTYPE
 * `'doctype'` before anything it declares could be used: no entity is ever expanded.
 * @example await scanXmlPart(bytes, zip.get('xl/workbook.xml')!, { open: (name, a) => name === 'sheet' && names.push(a.name ?? '') })
 */
export async function scanXmlPart(bytes: Uint8Array, entry: ZipEntry, handlers: XmlHandlers): Promise<void> {
  const part = entry.name;
  if (entry.encrypted || (entry.method !== STORED && entry.method !== DEFLATED)) throw new WorkbookUnreadable('corrupt', { part });
  const feed = xmlFeed(part, handlers);
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += CHUNK) feed(data.subarray(at, Math.min(data.length, at + CHUNK)));
  } else {
    await inflateInto(data, part, feed);
  }
  feed(null);
}

function inflateInto(data: Uint8Array, part: string, feed: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK });
    let failed = false;
    inflater.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        feed(chunk);
      } catch (e) {
        failed = true;
        inflater.destroy();
        reject(e);
      }
    });
    inflater.on('error', () => {
      failed = true;
      reject(new WorkbookUnreadable('corrupt', { part }));
    });
    inflater.on('end', () => {
      if (!failed) resolve();
    });
    inflater.end(data);
  });
}

/** A function taking the part's bytes chunk by chunk, `null` at the end. */
function xmlFeed(part: string, handlers: XmlHandlers): (chunk: Uint8Array | null) => void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new WorkbookUnreadable('doctype', { part });
  });
  parser.on('error', () => {
    throw new WorkbookUnreadable('damagedPart', { part });
  });
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open(localName(tag.name), tag.attributes));
  const { text, close } = handlers;
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (close) parser.on('closetag', (tag: SaxesTagPlain) => close(localName(tag.name)));

  let decoder: TextDecoder | null = null;
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
    decoder ??= decoderFor(chunk);
    parser.write(decode(decoder, part, chunk, true));
  };
}

/** XML in a package is UTF-8 or UTF-16, told apart by a byte-order mark. */
function decoderFor(start: Uint8Array): TextDecoder {
  if (start[0] === 0xff && start[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (start[0] === 0xfe && start[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  return new TextDecoder('utf-8', { fatal: true });
}

function decode(decoder: TextDecoder | null, part: string, chunk: Uint8Array, more: boolean): string {
  if (decoder === null) return '';
  try {
    return decoder.decode(chunk, { stream: more });
  } catch {
    // A fatal decoder throws a TypeError on bytes that are no text in its encoding: the part is damaged.
    throw new WorkbookUnreadable('damagedPart', { part });
  }
}

/**
 * A name without its prefix: Excel writes `c`, other producers `x:c`.
 * @example localName('x:sheetData') //=> 'sheetData'
 */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
