/** Opens an .xlsx file with ExcelJS, turning every way it can fail into a typed reason, never a throw. */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { errorLine } from '../errorLine';

export type LoadFailureReason = 'notFound' | 'notAFile' | 'unreadable';

/** A workbook file as read (`bytes`, for the writer that copies its parts) and as ExcelJS loaded it. */
export interface WorkbookSource {
  workbook: ExcelJS.Workbook;
  bytes: Buffer;
}

export type LoadExcelResult =
  | ({ ok: true } & WorkbookSource)
  | { ok: false; reason: LoadFailureReason; path: string; detail: string };

/**
 * Loads the workbook at `path`. A missing file, a folder, or bytes that are not an .xlsx workbook
 * give `{ ok: false }` with a one-line detail for the message.
 * @example (await loadExcelWorkbook('puuttuu.xlsx')).ok //=> false (reason 'notFound')
 */
export async function loadExcelWorkbook(path: string): Promise<LoadExcelResult> {
  let buffer: Buffer;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return { ok: false, reason: 'notAFile', path, detail: 'not a file' };
    buffer = await fs.readFile(path);
  } catch (e) {
    return { ok: false, reason: 'notFound', path, detail: errorLine(e) };
  }
  try {
    const workbook = new ExcelJS.Workbook();
    // ExcelJS's own Buffer type predates Node's generic Buffer; the bytes are the same.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    return { ok: true, workbook, bytes: buffer };
  } catch (e) {
    return { ok: false, reason: 'unreadable', path, detail: errorLine(e) };
  }
}
