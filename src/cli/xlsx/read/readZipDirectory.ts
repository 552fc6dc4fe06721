/** The files of a zip by name, from its central directory, without inflating anything. */
import { readZipRecords, type ZipEntry } from './readZipRecords';

export type { ZipEntry };

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
