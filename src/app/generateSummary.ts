/** "Luo yhteenveto": the summary sheet written and brought to the front. */
import { planSheets, type Report } from '../core';
import { readWorkbookReport } from './readWorkbookReport';
import type { SeurantaSettings, SettingsFromSaved, WorkbookHost } from './workbookHost';

/**
 * Reads the workbook, writes the summary sheet (replacing the tool's earlier one) and activates it, the write told what the
 * read saw so that the host need not ask again. Settings given as a function of the saved ones are read with the workbook.
 * @example await generateSummary(host, { lang: 'fi', asOf: null, skipSheets: [] }) //=> { report, sheet: 'Yhteenveto' }
 */
export async function generateSummary(
  host: WorkbookHost,
  settings: SeurantaSettings | SettingsFromSaved,
): Promise<{ report: Report; sheet: string }> {
  const { workbook, report } = await readWorkbookReport(host, settings);
  const [sheet] = await host.writeSheets(planSheets(report, ['summary']), { read: workbook, activate: true });
  if (sheet === undefined) throw new Error('planSheets gave no summary plan');
  return { report, sheet };
}
