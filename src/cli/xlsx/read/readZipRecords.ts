/** The central directory of a zip file, record by record in the order it lists them, without inflating anything. */
import { WorkbookUnreadable } from './workbookUnreadable';

/** One stored file of the zip: where its compressed bytes are and how they are compressed. */
export interface ZipEntry {
  /** The name as written in the zip (forward slashes). */
  name: string;
  /** 0 stored, 8 deflated; other methods are refused when the entry is read. */
  method: number;
  /** Zip's own encryption (never Excel's way to protect a workbook): refused when the entry is read. */
  encrypted: boolean;
  compressedSize: number;
  size: number;
  /** Offset of the compressed bytes in the file (after the local header). */
  dataStart: number;
}

/** One record of the central directory: the entry as the reader needs it, and what a copy of it must keep. */
export interface ZipRecord extends ZipEntry {
  /** A folder entry (its name ends in `/`): no data. */
  folder: boolean;
  /** The name's bytes exactly as stored (a copy keeps the writer's spelling, `\` included). */
  storedName: Uint8Array;
  /** General purpose bits (bit 0 encrypted, bit 11 UTF-8 name). */
  flags: number;
  versionNeeded: number;
  /** The DOS time (low 16 bits) and date (high 16 bits) of the last change. */
  modified: number;
  crc32: number;
  externalAttributes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;
/** The end record is 22 bytes plus a comment of at most 65 535. */
const END_SEARCH = 22 + 0xffff;

/**
 * Reads the central directory (zip64 too) and checks that every file's data lies inside the file.
 * A truncated or garbled zip throws `WorkbookUnreadable('corrupt')`; bytes that are not a zip at all
 * throw `WorkbookUnreadable('notWorkbook')` (the caller tells text and OLE files apart before).
 * @example readZipRecords(readFileSync('seuranta.xlsx')).map((r) => r.name) //=> ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', …]
 */
export function readZipRecords(bytes: Uint8Array): ZipRecord[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) throw new WorkbookUnreadable(startsLikeZip(view) ? 'corrupt' : 'notWorkbook');
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === MAX_16 || offset === MAX_32) ({ count, offset } = zip64Directory(view, end));

  const records: ZipRecord[] = [];
  for (let i = 0; i < count; i++) {
    const record = recordAt(bytes, view, offset);
    records.push(record.record);
    offset = record.next;
  }
  return records;
}

function recordAt(bytes: Uint8Array, view: DataView, offset: number): { record: ZipRecord; next: number } {
  need(view, offset, 46);
  if (view.getUint32(offset, true) !== DIRECTORY_ENTRY) throw new WorkbookUnreadable('corrupt');
  const nameLength = view.getUint16(offset + 28, true);
  const extraLength = view.getUint16(offset + 30, true);
  const commentLength = view.getUint16(offset + 32, true);
  need(view, offset + 46, nameLength + extraLength);
  const storedName = bytes.subarray(offset + 46, offset + 46 + nameLength);
  const name = new TextDecoder().decode(storedName).replace(/\\/g, '/');
  const sizes = {
    size: view.getUint32(offset + 24, true),
    compressedSize: view.getUint32(offset + 20, true),
    localHeader: view.getUint32(offset + 42, true),
  };
  readZip64Sizes(view, offset + 46 + nameLength, extraLength, sizes);
  const flags = view.getUint16(offset + 8, true);
  const folder = name.endsWith('/');
  const dataStart = folder ? 0 : localDataStart(view, sizes.localHeader);
  if (!folder) need(view, dataStart, sizes.compressedSize);
  const record: ZipRecord = {
    name,
    method: view.getUint16(offset + 10, true),
    encrypted: (flags & 1) === 1,
    compressedSize: sizes.compressedSize,
    size: sizes.size,
    dataStart,
    folder,
    storedName,
    flags,
    versionNeeded: view.getUint16(offset + 6, true),
    modified: view.getUint32(offset + 12, true),
    crc32: view.getUint32(offset + 16, true),
    externalAttributes: view.getUint32(offset + 38, true),
  };
  return { record, next: offset + 46 + nameLength + extraLength + commentLength };
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - END_SEARCH; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function startsLikeZip(view: DataView): boolean {
  return view.byteLength >= 4 && view.getUint32(0, true) === LOCAL_HEADER;
}

function zip64Directory(view: DataView, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new WorkbookUnreadable('corrupt');
  const record = safeNumber(view.getBigUint64(locator + 8, true));
  need(view, record, 56);
  if (view.getUint32(record, true) !== ZIP64_END) throw new WorkbookUnreadable('corrupt');
  return { count: safeNumber(view.getBigUint64(record + 32, true)), offset: safeNumber(view.getBigUint64(record + 48, true)) };
}

/** Zip64 keeps the sizes and offset that do not fit 32 bits in an extra field, in this order. */
function readZip64Sizes(
  view: DataView,
  start: number,
  length: number,
  sizes: { size: number; compressedSize: number; localHeader: number },
): void {
  if (sizes.size !== MAX_32 && sizes.compressedSize !== MAX_32 && sizes.localHeader !== MAX_32) return;
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        need(view, field, 8);
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (sizes.size === MAX_32) sizes.size = next();
      if (sizes.compressedSize === MAX_32) sizes.compressedSize = next();
      if (sizes.localHeader === MAX_32) sizes.localHeader = next();
      return;
    }
    at += 4 + size;
  }
  throw new WorkbookUnreadable('corrupt');
}

function localDataStart(view: DataView, header: number): number {
  need(view, header, 30);
  if (view.getUint32(header, true) !== LOCAL_HEADER) throw new WorkbookUnreadable('corrupt');
  return header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
}

function need(view: DataView, at: number, length: number): void {
  if (at < 0 || at + length > view.byteLength) throw new WorkbookUnreadable('corrupt');
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new WorkbookUnreadable('corrupt');
  return Number(value);
}
