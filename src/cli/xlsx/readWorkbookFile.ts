/** The CLI's reader: an .xlsx file in, the core's WorkbookData out, or a typed reason it cannot be read. */
import { basename } from 'node:path';
import type { WorkbookData } from '../../core/grid';
import { loadExcelWorkbook, type LoadFailureReason, type WorkbookSource } from './loadExcelWorkbook';
import { workbookToData } from './workbookToData';

export type ReadWorkbookResult =
  /** `source` is the file as read and as ExcelJS loaded it, so the writer adds its sheets without reading it again. */
  | { ok: true; data: WorkbookData; source: WorkbookSource }
  | { ok: false; reason: LoadFailureReason; path: string; detail: string };

/**
 * Reads every sheet of the file at `path`; the file's base name becomes `fileName`.
 * @example (await readWorkbookFile('examples/seuranta-esimerkki.xlsx')).ok //=> true
 */
export async function readWorkbookFile(path: string): Promise<ReadWorkbookResult> {
  const loaded = await loadExcelWorkbook(path);
  if (!loaded.ok) return loaded;
  return { ok: true, data: workbookToData(loaded.workbook, basename(path)), source: { workbook: loaded.workbook, bytes: loaded.bytes } };
}
