/** Reads the workbook through the host and builds the report, keeping what was read for a write that follows. */
import { buildReportWithHistory, type History, type Report, type WorkbookData } from '../core';
import { todayIso } from './todayIso';
import type { SeurantaSettings, SettingsFromSaved, WorkbookHost } from './workbookHost';

/**
 * The host's workbook as read, and its report with the user's language, as-of date (today when none) and sheets to leave out.
 * Settings made from the saved ones are read with the workbook, in its syncs where the host can. A use case that writes
 * passes `workbook` on to `host.writeSheets`, so the host need not ask Excel again what it just saw; one that writes the
 * history sheet plans it from `history` (as read, this report's snapshot in it). `since` picks the snapshot
 * the report's changes are against; absent, the latest earlier one.
 * @example await readWorkbookReport(host, { lang: 'fi', asOf: null, skipSheets: [] }) //=> { workbook: { sheets: [...] }, report: { asOf: '2026-11-23', ... } }
 */
export async function readWorkbookReport(
  host: WorkbookHost,
  settings: SeurantaSettings | SettingsFromSaved,
  today: () => string = todayIso,
  since: string | null = null,
): Promise<{ workbook: WorkbookData; report: Report; history: History }> {
  const { workbook, chosen } = await readWithSettings(host, settings);
  const options = { asOf: chosen.asOf ?? today(), lang: chosen.lang, skipSheets: chosen.skipSheets, since };
  const { report, history } = buildReportWithHistory(workbook, options);
  return { workbook, report, history };
}

async function readWithSettings(
  host: WorkbookHost,
  settings: SeurantaSettings | SettingsFromSaved,
): Promise<{ workbook: WorkbookData; chosen: SeurantaSettings }> {
  if (typeof settings !== 'function') return { workbook: await host.readWorkbook(), chosen: settings };
  if (host.readWorkbookAndSettings) {
    const { workbook, saved } = await host.readWorkbookAndSettings();
    return { workbook, chosen: settings(saved) };
  }
  const chosen = settings(await host.loadSettings());
  return { workbook: await host.readWorkbook(), chosen };
}
