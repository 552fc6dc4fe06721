/** The user's settings as saved in the workbook, whatever of them is still valid. */
import type { SeurantaSettings } from '../app/workbookHost';
import { excelRunner, type ExcelRun } from './excelRunner';
import { parseSavedSettings } from './parseSavedSettings';
import { SETTINGS_KEY } from './settingsKey';

/**
 * Reads the workbook's `seuranta.settings` (workbook.settings, ExcelApi 1.4) and keeps only well-formed fields, so a hand-edited
 * or older setting never breaks the pane.
 * @example await loadSettings() //=> { lang: 'sv', asOf: '2024-06-30', skipSheets: ['Ohje'] }
 */
export async function loadSettings(run: ExcelRun = excelRunner()): Promise<Partial<SeurantaSettings>> {
  const raw = await run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
    await context.sync();
    return item.isNullObject ? null : (item.value as unknown);
  });
  return parseSavedSettings(raw);
}
