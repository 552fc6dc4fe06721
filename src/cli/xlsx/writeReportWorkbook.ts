/** The CLI's writer: the input workbook with the generated sheets added, saved as a new file. */
import type { SheetPlan } from '../../core/schema/sheetPlan';
import { addPlansToWorkbook } from './addPlansToWorkbook';
import { loadExcelWorkbook, type LoadFailureReason } from './loadExcelWorkbook';

export type WriteReportResult =
  | { ok: true; sheetNames: string[] }
  | { ok: false; reason: LoadFailureReason | 'unwritable'; path: string; detail: string };

/**
 * Loads the input afresh (so every user cell is carried over as ExcelJS read it), adds the plans'
 * sheets and writes the result to `outputPath`; the input file is never written to unless it is the output.
 * @example (await writeReportWorkbook('seuranta.xlsx', 'raportti.xlsx', plans)) //=> { ok: true, sheetNames: ['Yhteenveto'] }
 */
export async function writeReportWorkbook(
  inputPath: string,
  outputPath: string,
  plans: readonly SheetPlan[],
): Promise<WriteReportResult> {
  const loaded = await loadExcelWorkbook(inputPath);
  if (!loaded.ok) return loaded;
  const sheetNames = addPlansToWorkbook(loaded.workbook, plans);
  try {
    await loaded.workbook.xlsx.writeFile(outputPath);
  } catch (e) {
    const detail = ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').slice(0, 200);
    return { ok: false, reason: 'unwritable', path: outputPath, detail };
  }
  return { ok: true, sheetNames };
}
