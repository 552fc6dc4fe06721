/** ExcelJS's model of a workbook, for the writer's fallback only: the CLI reads cells with its own reader. */
import type ExcelJS from 'exceljs';
import { errorLine } from '../errorLine';

export type LoadExcelResult = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; detail: string };

/**
 * Loads the bytes with ExcelJS; whatever it cannot load gives `{ ok: false }` with its one-line
 * detail. ExcelJS itself is loaded here, on first use, so a run that never falls back never loads it.
 * @example (await loadExcelWorkbook(readFileSync('strict.xlsx'))).ok //=> true
 */
export async function loadExcelWorkbook(bytes: Uint8Array): Promise<LoadExcelResult> {
  try {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    // ExcelJS's own Buffer type predates Node's generic Buffer; the bytes are the same.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return { ok: true, workbook };
  } catch (e) {
    return { ok: false, detail: errorLine(e) };
  }
}
