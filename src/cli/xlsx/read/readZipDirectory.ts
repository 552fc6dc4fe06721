/** The files of a zip by name, from its central directory, without inflating anything. */
import { readZipRecords } from './readZipRecords';

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

/** Entries by lower-case name: OPC part names compare case-insensitively. */
export type ZipDirectory = ReadonlyMap<string, ZipEntry>;

/**
 * The zip's files (folder entries left out) by lower-case name; a name stored twice keeps its last record.
 * A truncated or garbled zip throws `WorkbookUnreadable('corrupt')`, bytes that are no zip `'notWorkbook'` (readZipRecords).
 * @example readZipDirectory(readFileSync('seuranta.xlsx')).get('xl/workbook.xml')?.method //=> 8
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const entries = new Map<string, ZipEntry>();
  for (const record of readZipRecords(bytes)) if (!record.folder) entries.set(record.name.toLowerCase(), record);
  return entries;
}
