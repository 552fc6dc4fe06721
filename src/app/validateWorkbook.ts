/** "Tarkista": the report with its issues, nothing written. */
import type { Report } from '../core';
import { readReport } from './readReport';
import type { SeurantaSettings, WorkbookHost } from './workbookHost';

/**
 * Reads and checks the workbook; the pane lists `report.issues` grouped by sheet.
 * @example (await validateWorkbook(host, settings)).issues[0] //=> { severity: 'error', code: 'status.unknown', sheet: 'Hyte', cell: 'E7', ... }
 */
export async function validateWorkbook(host: WorkbookHost, settings: SeurantaSettings): Promise<Report> {
  return readReport(host, settings);
}
