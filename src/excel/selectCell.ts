/** Takes the user to a cell: its sheet activated, the cell selected. */
import { excelRunner, type ExcelRun } from './excelRunner';

/**
 * Activates `sheet` and selects `cell` on it (the issue list's click).
 * @example await selectCell('Hyte', 'E7')
 */
export async function selectCell(sheet: string, cell: string, run: ExcelRun = excelRunner()): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
