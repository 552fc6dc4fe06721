/** The CLI's reader: an .xlsx file in, the core's WorkbookData out, or a typed reason it cannot be read. */
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import type { WorkbookData } from '../../core/grid';
import { loadExcelWorkbook, type LoadFailureReason } from './loadExcelWorkbook';
import { workbookToData } from './workbookToData';

export type ReadWorkbookResult =
  /** `workbook` is the file as ExcelJS loaded it, so the writer adds its sheets without parsing the file again. */
  | { ok: true; data: WorkbookData; workbook: ExcelJS.Workbook }
  | { ok: false; reason: LoadFailureReason; path: string; detail: string };

/**
 * Reads every sheet of the file at `path`; the file's base name becomes `fileName`.
 * @example (await readWorkbookFile('examples/seuranta-esimerkki.xlsx')).ok //=> true
 */
export async function readWorkbookFile(path: string): Promise<ReadWorkbookResult> {
  const loaded = await loadExcelWorkbook(path);
  if (!loaded.ok) return loaded;
  return { ok: true, data: workbookToData(loaded.workbook, basename(path)), workbook: loaded.workbook };
}
