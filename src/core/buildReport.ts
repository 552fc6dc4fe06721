/** The core's one entry for reading: every sheet's grid in, the report of the contract out. */
import type { WorkbookData } from './grid';
import { joinUserSheets } from './joinUserSheets';
import { readUserSheet } from './readUserSheet';
import type { BuildReportOptions, UserSheetsReport } from './buildReportOptions';
import type { Report } from './schema/report';
import { recordHistory, type RecordedHistory } from './history/recordHistory';
import { readHistory } from './history/readHistory';

export type { BuildReportOptions, UserSheetsReport } from './buildReportOptions';

/**
 * Reads every user sheet of the workbook: budget tables first (their "Toteuma" column must never
 * start an action table), then indicator tables, then action tables around them, then the checks; and what
 * changed since the earlier snapshot of the workbook's history sheet.
 * @example buildReport(workbook, { asOf: '2024-06-30', lang: 'fi' }).totals.total //=> 112
 */
export function buildReport(workbook: WorkbookData, options: BuildReportOptions): Report {
  // No history sheet is written from this report: only its changes are worked out.
  return recordHistory(readUserSheets(workbook, options), readHistory(workbook.sheets), options.since ?? null, false).report;
}

/**
 * The report and the history with this report's snapshot added, for the use cases that write the history sheet.
 * @example buildReportWithHistory(workbook, { asOf: '2024-06-30', lang: 'fi' }).history.counts.map((c) => c.asOf) //=> ['2024-03-31', '2024-06-30']
 */
export function buildReportWithHistory(workbook: WorkbookData, options: BuildReportOptions): RecordedHistory {
  return recordHistory(readUserSheets(workbook, options), readHistory(workbook.sheets), options.since ?? null);
}

/**
 * The report of the user's sheets alone, the first of `buildReportWithHistory`'s two steps; `recordHistory` is the
 * second. A host that can let go of the user's grids between the two calls them one after the other: the CLI, whose
 * grids of 100 000 actions hold 24 MiB the history's work no longer needs.
 * @example recordHistory(readUserSheets(workbook, options), readHistory(workbook.sheets), null).report.changes //=> null
 */
export function readUserSheets(workbook: WorkbookData, options: BuildReportOptions): UserSheetsReport {
  const sheets = workbook.sheets.map((grid) => readUserSheet(grid, options));
  return joinUserSheets(sheets, workbook, options);
}
