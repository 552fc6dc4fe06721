/** The CLI's writer: the input workbook with the generated sheets added, saved as a new file. */
import { promises as fs } from 'node:fs';
import type { SheetPlan } from '../../core/schema/sheetPlan';
import { addPlansToWorkbook } from './addPlansToWorkbook';
import { loadExcelWorkbook } from './loadExcelWorkbook';
import { readWorkbookFile, type LoadFailureReason, type WorkbookSource } from './readWorkbookFile';
import { addPlansToXlsx } from './package/addPlansToXlsx';
import { errorLine } from '../errorLine';

export type WriteReportResult =
  /** `savedThroughExcelJs`: why the package could not be extended, when ExcelJS saved it instead (null otherwise). */
  | { ok: true; sheetNames: string[]; savedThroughExcelJs: string | null }
  | { ok: false; reason: LoadFailureReason | 'unwritable' | 'unsupported'; path: string; detail: string };

/**
 * Copies the input's parts into `outputPath` as they are and adds the plans' sheets (addPlansToXlsx),
 * so every user sheet, chart, pivot and macro arrives unchanged; the input file is never written to.
 * A package that writer cannot extend (Strict OOXML, say) is saved through ExcelJS instead, which
 * keeps the cells but may drop what ExcelJS does not know. `source` (the bytes and the tool's
 * earlier sheets, from readWorkbookFile) saves reading the file again (read here when not given).
 * @example (await writeReportWorkbook('seuranta.xlsx', 'raportti.xlsx', plans)) //=> { ok: true, sheetNames: ['Yhteenveto'], savedThroughExcelJs: null }
 */
export async function writeReportWorkbook(
  inputPath: string,
  outputPath: string,
  plans: readonly SheetPlan[],
  source?: WorkbookSource,
): Promise<WriteReportResult> {
  let input = source;
  if (input === undefined) {
    const read = await readWorkbookFile(inputPath);
    if (!read.ok) return read;
    input = read.source;
  }

  let bytes: Buffer;
  let sheetNames: string[];
  const packaged = await addPlansToXlsx(input.bytes, plans, input.generated);
  if (packaged.ok) {
    ({ bytes, sheetNames } = packaged);
  } else {
    // Only this fallback needs ExcelJS's model of the workbook, so only it pays for loading one.
    const loaded = await loadExcelWorkbook(input.bytes);
    if (!loaded.ok) return { ok: false, reason: 'unsupported', path: inputPath, detail: loaded.detail };
    sheetNames = addPlansToWorkbook(loaded.workbook, plans);
    // Serialise first: a workbook ExcelJS cannot write back (e.g. some shared formulas Excel makes)
    // is told apart from a folder that cannot be written to, and leaves no half-written file.
    try {
      bytes = Buffer.from((await loaded.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    } catch (e) {
      return { ok: false, reason: 'unsupported', path: inputPath, detail: errorLine(e) };
    }
  }
  try {
    await fs.writeFile(outputPath, bytes);
  } catch (e) {
    return { ok: false, reason: 'unwritable', path: outputPath, detail: errorLine(e) };
  }
  return { ok: true, sheetNames, savedThroughExcelJs: packaged.ok ? null : packaged.detail };
}
