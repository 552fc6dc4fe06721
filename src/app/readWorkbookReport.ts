/** Reads the workbook through the host and builds the report, keeping what was read for a write that follows. */
import { buildReport, type Report, type WorkbookData } from '../core';
import { todayIso } from './todayIso';
import type { SeurantaSettings, WorkbookHost } from './workbookHost';

/**
 * The host's workbook as read, and its report with the user's language, as-of date (today when none) and sheets to leave out.
 * A use case that writes passes `workbook` on to `host.writeSheets`, so the host need not ask Excel again what it just saw.
 * @example await readWorkbookReport(host, { lang: 'fi', asOf: null, skipSheets: [] }) //=> { workbook: { sheets: [...] }, report: { asOf: '2026-11-23', ... } }
 */
export async function readWorkbookReport(
  host: WorkbookHost,
  settings: SeurantaSettings,
  today: () => string = todayIso,
): Promise<{ workbook: WorkbookData; report: Report }> {
  const workbook = await host.readWorkbook();
  const report = buildReport(workbook, { asOf: settings.asOf ?? today(), lang: settings.lang, skipSheets: settings.skipSheets });
  return { workbook, report };
}
