/** Reads the workbook through the host and builds the report every use case starts from. */
import type { Report } from '../core';
import { readWorkbookReport } from './readWorkbookReport';
import { todayIso } from './todayIso';
import type { SeurantaSettings, WorkbookHost } from './workbookHost';

/**
 * The report of the host's workbook with the user's language, as-of date (today when none) and sheets to leave out.
 * @example await readReport(host, { lang: 'fi', asOf: null, skipSheets: [] }) //=> { asOf: '2026-11-23', actionTables: [...], ... }
 */
export async function readReport(host: WorkbookHost, settings: SeurantaSettings, today: () => string = todayIso): Promise<Report> {
  return (await readWorkbookReport(host, settings, today)).report;
}
