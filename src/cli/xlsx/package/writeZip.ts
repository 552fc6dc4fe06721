/** A zip file from entries copied out of another zip as they are and entries deflated anew. */
import type { ZipRecord } from '../read/readZipRecords';

/** An entry of the new zip: a record of `from` carried over still compressed, or new content, already deflated. */
export type ZipOutEntry =
  { copy: ZipRecord; from: Uint8Array } | { name: string; size: number; crc32: number; deflated: Uint8Array; modified: number };

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const DEFLATED = 8;
/** Version 2.0: deflate, folders. */
const VERSION = 20;
const UTF8_NAME = 0x0800;
/** Sizes are in the local header, so no data descriptor follows the data. */
const DATA_DESCRIPTOR = 0x0008;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;

interface Header {
  flags: number;
  versionNeeded: number;
  method: number;
  modified: number;
  crc32: number;
  compressedSize: number;
  size: number;
  name: Uint8Array;
  externalAttributes: number;
}

/**
 * The zip's bytes: each entry's local header and data in the order given, then the central directory.
 * A copied entry keeps its name's bytes, method, time, CRC and compressed data; extra fields and comments
 * are left out. No zip64: a package past 4 GB or 65 535 entries throws (a workbook is never near).
 * @example writeZip([{ copy: records[0], from: input }, { name: 'xl/worksheets/sheet2.xml', size, crc32, deflated, modified }]) //=> <Buffer 50 4b 03 04 …>
 */
export function writeZip(entries: readonly ZipOutEntry[]): Buffer {
  const pieces: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { header, data } = 'copy' in entry ? copiedEntry(entry.copy, entry.from) : newEntry(entry);
    directory.push(directoryRecord(header, offset));
    const local = localHeader(header);
    pieces.push(local, data);
    offset += local.length + data.length;
  }
  const directorySize = directory.reduce((n, d) => n + d.length, 0);
  if (offset > MAX_32 || offset + directorySize > MAX_32 || entries.length > MAX_16) throw new Error('package too large for a zip');
  return Buffer.concat([...pieces, ...directory, endOfDirectory(entries.length, directorySize, offset)]);
}

function copiedEntry(record: ZipRecord, from: Uint8Array): { header: Header; data: Uint8Array } {
  const header: Header = { ...record, flags: record.flags & ~DATA_DESCRIPTOR, name: record.storedName };
  return { header, data: record.folder ? new Uint8Array(0) : from.subarray(record.dataStart, record.dataStart + record.compressedSize) };
}

function newEntry(entry: Extract<ZipOutEntry, { deflated: Uint8Array }>): { header: Header; data: Uint8Array } {
  const name = Buffer.from(entry.name, 'utf8');
  const header: Header = {
    flags: name.length === entry.name.length ? 0 : UTF8_NAME,
    versionNeeded: VERSION,
    method: DEFLATED,
    modified: entry.modified,
    crc32: entry.crc32,
    compressedSize: entry.deflated.length,
    size: entry.size,
    name,
    externalAttributes: 0,
  };
  return { header, data: entry.deflated };
}

function localHeader(h: Header): Buffer {
  const b = Buffer.alloc(30 + h.name.length);
  b.writeUInt32LE(LOCAL_HEADER, 0);
  b.writeUInt16LE(h.versionNeeded, 4);
  b.writeUInt16LE(h.flags, 6);
  b.writeUInt16LE(h.method, 8);
  b.writeUInt32LE(h.modified >>> 0, 10);
  b.writeUInt32LE(h.crc32 >>> 0, 14);
  b.writeUInt32LE(h.compressedSize, 18);
  b.writeUInt32LE(h.size, 22);
  b.writeUInt16LE(h.name.length, 26);
  b.writeUInt16LE(0, 28);
  b.set(h.name, 30);
  return b;
}

function directoryRecord(h: Header, offset: number): Buffer {
  const b = Buffer.alloc(46 + h.name.length);
  b.writeUInt32LE(DIRECTORY_ENTRY, 0);
  b.writeUInt16LE(VERSION, 4);
  b.writeUInt16LE(h.versionNeeded, 6);
  b.writeUInt16LE(h.flags, 8);
  b.writeUInt16LE(h.method, 10);
  b.writeUInt32LE(h.modified >>> 0, 12);
  b.writeUInt32LE(h.crc32 >>> 0, 16);
  b.writeUInt32LE(h.compressedSize, 20);
  b.writeUInt32LE(h.size, 24);
  b.writeUInt16LE(h.name.length, 28);
  // extra field, comment, disk number and internal attributes: none
  b.writeUInt32LE(h.externalAttributes >>> 0, 38);
  b.writeUInt32LE(Math.min(offset, MAX_32), 42);
  b.set(h.name, 46);
  return b;
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(END_OF_DIRECTORY, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}
