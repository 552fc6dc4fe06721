/** Brings a sheet to the front. */
import { excelRunner, type ExcelRun } from './excelRunner';

/**
 * Activates the sheet named `name` (a generated sheet after writing it).
 * @example await activateSheet('Yhteenveto')
 */
export async function activateSheet(name: string, run: ExcelRun = excelRunner()): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
