/** Keeps the user's settings in the workbook so they travel with the file. */
import type { SeurantaSettings } from '../app/workbookHost';
import { excelRunner, type ExcelRun } from './excelRunner';
import { SETTINGS_KEY } from './settingsKey';

/**
 * Writes the settings to workbook.settings (saved with the workbook).
 * @example await saveSettings({ lang: 'sv', asOf: null, skipSheets: [] })
 */
export async function saveSettings(settings: SeurantaSettings, run: ExcelRun = excelRunner()): Promise<void> {
  await run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, { lang: settings.lang, asOf: settings.asOf, skipSheets: [...settings.skipSheets] });
    await context.sync();
  });
}
