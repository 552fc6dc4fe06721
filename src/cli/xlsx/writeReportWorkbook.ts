/** The CLI's writer: the input workbook with the generated sheets added, saved as a new file. */
import { promises as fs } from 'node:fs';
import { extname } from 'node:path';
import type { SheetPlan } from '../../core';
import { readWorkbookFile, type LoadFailureReason, type WorkbookSource } from './readWorkbookFile';
import { addPlansToXlsx } from './package/addPlansToXlsx';
import { EXCEL_EXTENSIONS } from './package/excelExtensionOf';
import { errorLine } from '../errorLine';

export type WriteReportResult =
  | { ok: true; sheetNames: string[] }
  | { ok: false; reason: LoadFailureReason | 'unwritable' | 'unsupported'; path: string; detail: string }
  /** The output's name says another kind of workbook than the input is (`.xlsx` for a macro workbook): nothing is written. */
  | { ok: false; reason: 'wrongExtension'; path: string; extension: string };

/**
 * Copies the input's parts into `outputPath` as they are and adds the plans' sheets (addPlansToXlsx),
 * so every user sheet, chart, pivot and macro arrives unchanged; the input file is never written to.
 * A package that writer cannot extend (a Strict relationship to a Transitional workbook part, say) is
 * refused with what it met, and nothing is written: a copy through a spreadsheet library would lose
 * whatever that library does not know (charts, pivots, macros). `source` (the
 * bytes and the tool's earlier sheets, from readWorkbookFile) saves reading the file again (read here
 * when not given). An output named with another Excel extension than the workbook's kind needs
 * (`raportti.xlsx` for a macro workbook, which Excel refuses to open) is not written.
 * @example (await writeReportWorkbook('seuranta.xlsx', 'raportti.xlsx', plans)) //=> { ok: true, sheetNames: ['Yhteenveto'] }
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

  const packaged = await addPlansToXlsx(input.bytes, plans, input.generated);
  if (!packaged.ok) return { ok: false, reason: 'unsupported', path: inputPath, detail: packaged.detail };
  const { bytes, sheetNames, extension } = packaged;
  if (extension !== null && outputExtensionDiffers(outputPath, extension)) {
    return { ok: false, reason: 'wrongExtension', path: outputPath, extension };
  }
  try {
    await fs.writeFile(outputPath, bytes);
  } catch (e) {
    return { ok: false, reason: 'unwritable', path: outputPath, detail: errorLine(e) };
  }
  return { ok: true, sheetNames };
}

/**
 * Excel refuses a macro workbook named `.xlsx` (and a plain one named `.xlsm`). Writing it under another
 * name than the one asked for would leave a script looking for the wrong file, and dropping the macros
 * would lose the user's part, so an Excel extension that is not the workbook's is refused; a name with
 * no Excel extension is the user's own business.
 */
function outputExtensionDiffers(outputPath: string, extension: string): boolean {
  const asked = extname(outputPath).toLowerCase();
  return EXCEL_EXTENSIONS.has(asked) && asked !== extension;
}
