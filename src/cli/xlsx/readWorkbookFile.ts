/** The CLI's reader: an .xlsx file in, the core's WorkbookData out, or a typed reason it cannot be read. */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { SheetKind, WorkbookData } from '../../core';
import { errorLine } from '../errorLine';
import { generatedSheetsOf } from './read/generatedSheetsOf';
import { readXlsxPackage, type ReadXlsxOptions } from './read/readXlsxPackage';
import { WorkbookUnreadable, type UnreadableDetail, type UnreadableReason } from './read/workbookUnreadable';

export type LoadFailureReason = 'notFound' | 'notAFile' | UnreadableReason;

/** A file that could not be read: the reason picks the user's message, the detail names the part or sheet. */
export type LoadFailure = { ok: false; reason: LoadFailureReason; path: string; detail: string } & UnreadableDetail;

/** The file as read, for the writer, which copies its parts and replaces the tool's earlier sheets. */
export interface WorkbookSource {
  bytes: Buffer;
  /** The tool's own sheets by name, from their marker cells. */
  generated: ReadonlyMap<string, SheetKind>;
}

export type ReadWorkbookResult = { ok: true; data: WorkbookData; source: WorkbookSource } | LoadFailure;

/**
 * Reads every sheet of the file at `path`; the file's base name becomes `fileName`. A missing file,
 * a folder, or a file that is no readable workbook (password-protected, .xls, .ods, text, damaged)
 * gives `{ ok: false }` with its reason; a fault of ours is thrown, not passed off as the user's file. `options` let a
 * caller work on each sheet as it is read (readXlsxPackage).
 * @example (await readWorkbookFile('examples/seuranta-esimerkki.xlsx')).ok //=> true
 */
export async function readWorkbookFile(path: string, options: ReadXlsxOptions = {}): Promise<ReadWorkbookResult> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return { ok: false, reason: 'notAFile', path, detail: 'not a file' };
    bytes = await fs.readFile(path);
  } catch (e) {
    return { ok: false, reason: 'notFound', path, detail: errorLine(e) };
  }
  try {
    const data = await readXlsxPackage(bytes, basename(path), options);
    return { ok: true, data, source: { bytes, generated: generatedSheetsOf(data) } };
  } catch (e) {
    if (!(e instanceof WorkbookUnreadable)) throw e;
    return { ok: false, reason: e.reason, path, detail: e.message, ...e.detail };
  }
}
