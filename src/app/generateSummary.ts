/** "Luo yhteenveto": the summary sheet written with the workbook's history, and brought to the front. */
import { buildReportWithHistory, getLocale, planHistorySheet, planSheets, type Report } from '../core';
import { todayIso } from './todayIso';
import type { SeurantaSettings, WorkbookHost } from './workbookHost';

/**
 * Reads the workbook, writes the summary sheet (replacing the tool's earlier one) and the history sheet with
 * this summary's snapshot (one more plan through the same write, so no more syncs), and activates the summary.
 * `since` picks the snapshot the changes are against; absent, the latest earlier one.
 * @example await generateSummary(host, { lang: 'fi', asOf: null, skipSheets: [] }) //=> { report, sheet: 'Yhteenveto' }
 */
export async function generateSummary(
  host: WorkbookHost,
  settings: SeurantaSettings & { since?: string | null },
  today: () => string = todayIso,
): Promise<{ report: Report; sheet: string }> {
  const workbook = await host.readWorkbook();
  const asOf = settings.asOf ?? today();
  const { report, snapshots } = buildReportWithHistory(workbook, {
    asOf,
    lang: settings.lang,
    skipSheets: settings.skipSheets,
    since: settings.since ?? null,
  });
  const history = planHistorySheet(snapshots, { asOf, lang: report.lang, locale: getLocale(report.lang) });
  const [sheet] = await host.writeSheets([...planSheets(report, ['summary']), history]);
  if (sheet === undefined) throw new Error('planSheets gave no summary plan');
  await host.activateSheet(sheet);
  return { report, sheet };
}
