/** "Luo yhteenveto": the summary sheet written with the workbook's history, and brought to the front. */
import { getLocale, planHistorySheet, planSheets, type Report } from '../core';
import { readWorkbookReport } from './readWorkbookReport';
import { todayIso } from './todayIso';
import type { SeurantaSettings, SettingsFromSaved, WorkbookHost } from './workbookHost';

/**
 * Reads the workbook, writes the summary sheet (replacing the tool's earlier one) and the history sheet with this summary's
 * snapshot in the same write (one more plan, no more syncs), and activates the summary; the write is told what the read saw
 * so that the host need not ask again. Settings given as a function of the saved ones are read with the workbook. `since`
 * picks the snapshot the changes are against; absent, the latest earlier one.
 * @example await generateSummary(host, { lang: 'fi', asOf: null, skipSheets: [] }) //=> { report, sheet: 'Yhteenveto' }
 */
export async function generateSummary(
  host: WorkbookHost,
  settings: SeurantaSettings | SettingsFromSaved,
  since: string | null = null,
  today: () => string = todayIso,
): Promise<{ report: Report; sheet: string }> {
  const { workbook, report, history } = await readWorkbookReport(host, settings, today, since);
  const historyPlan = planHistorySheet(history, { asOf: report.asOf, lang: report.lang, locale: getLocale(report.lang) });
  const plans = [...planSheets(report, ['summary']), historyPlan];
  const [sheet] = await host.writeSheets(plans, { read: workbook, activate: true });
  if (sheet === undefined) throw new Error('planSheets gave no summary plan');
  return { report, sheet };
}
