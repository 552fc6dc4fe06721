/** The CLI's writer: the input workbook with the generated sheets added, saved as a new file. */
import { promises as fs } from 'node:fs';
import type { SheetKind, SheetPlan } from '../../core/schema/sheetPlan';
import { addPlansToWorkbook } from './addPlansToWorkbook';
import { generatedKindOfWorksheet } from './generatedKindOfWorksheet';
import { loadExcelWorkbook, type LoadFailureReason, type WorkbookSource } from './loadExcelWorkbook';
import { addPlansToXlsx } from './package/addPlansToXlsx';
import { errorLine } from '../errorLine';

export type WriteReportResult =
  /** `savedThroughExcelJs`: why the package could not be extended, when ExcelJS saved it instead (null otherwise). */
  | { ok: true; sheetNames: string[]; savedThroughExcelJs: string | null }
  | { ok: false; reason: LoadFailureReason | 'unwritable' | 'unsupported'; path: string; detail: string };

/**
 * Copies the input's parts into `outputPath` as they are and adds the plans' sheets (addPlansToXlsx),
 * so every user sheet, chart, pivot and macro arrives unchanged; the input file is never written to.
 * A package that writer cannot extend (Strict OOXML, say) is saved through ExcelJS first, which
 * keeps the cells but may drop what ExcelJS does not know, and the sheets are added to that. `source` saves reading the file again
 * (read here when not given).
 * @example (await writeReportWorkbook('seuranta.xlsx', 'raportti.xlsx', plans)) //=> { ok: true, sheetNames: ['Yhteenveto'], savedThroughExcelJs: null }
 */
export async function writeReportWorkbook(
  inputPath: string,
  outputPath: string,
  plans: readonly SheetPlan[],
  source?: WorkbookSource,
): Promise<WriteReportResult> {
  const loaded = source ? { ok: true as const, ...source } : await loadExcelWorkbook(inputPath);
  if (!loaded.ok) return loaded;
  const generated = new Map<string, SheetKind>();
  for (const ws of loaded.workbook.worksheets) {
    const kind = generatedKindOfWorksheet(ws);
    if (kind !== null) generated.set(ws.name, kind);
  }

  let packaged = await addPlansToXlsx(loaded.bytes, plans, generated);
  const savedThroughExcelJs = packaged.ok ? null : packaged.detail;
  if (!packaged.ok) {
    // A workbook ExcelJS cannot write back (e.g. some shared formulas Excel makes) is told apart
    // from a folder that cannot be written to, and leaves no half-written file.
    try {
      packaged = await addPlansToWorkbook(loaded.workbook, plans, generated);
    } catch (e) {
      return { ok: false, reason: 'unsupported', path: inputPath, detail: errorLine(e) };
    }
    if (!packaged.ok) return { ok: false, reason: 'unsupported', path: inputPath, detail: packaged.detail };
  }
  const { bytes, sheetNames } = packaged;
  try {
    await fs.writeFile(outputPath, bytes);
  } catch (e) {
    return { ok: false, reason: 'unwritable', path: outputPath, detail: errorLine(e) };
  }
  return { ok: true, sheetNames, savedThroughExcelJs };
}
