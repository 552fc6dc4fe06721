/** The CLI's one way from a workbook file to its report: each user sheet reported on as it is read. */
import {
  joinUserSheets,
  readHistory,
  readUserSheet,
  recordHistory,
  type BuildReportOptions,
  type History,
  type RecordedHistory,
  type UserSheetsReport,
  type UserSheetTables,
} from '../../core';
import { readWorkbookFile, type LoadFailure, type WorkbookSource } from './readWorkbookFile';

export type FileReportResult = ({ ok: true; source: WorkbookSource } & RecordedHistory) | LoadFailure;

/**
 * Reads the file at `path` and builds its report as the core's `buildReportWithHistory` would, with what changed since
 * an earlier snapshot. `forSheet` false (validate, consolidate: no history sheet is written) makes only the counts of
 * the history, as `buildReport` does. A file that cannot be read gives its `LoadFailure`.
 * @example (await readFileReport('examples/seuranta-esimerkki.xlsx', { asOf: '2024-06-30', lang: 'fi' })).ok //=> true
 */
export async function readFileReport(path: string, options: BuildReportOptions, forSheet = true): Promise<FileReportResult> {
  const read = await readUserSheetsOf(path, options);
  if (!read.ok) return read;
  return { ok: true, source: read.source, ...recordHistory(read.report, read.history, options.since ?? null, forSheet) };
}

/**
 * The report of the file's user sheets and the history its history sheet holds. Each user sheet is reported on as
 * soon as it is read and its grid let go, so the grids of 100 000 actions (24 MiB) never all live at once; only the
 * tool's own sheets are kept, for the history and the writer, and they too are gone once this returns, before the
 * history is compared and merged.
 */
async function readUserSheetsOf(
  path: string,
  options: BuildReportOptions,
): Promise<{ ok: true; source: WorkbookSource; report: UserSheetsReport; history: History } | LoadFailure> {
  const sheets: (UserSheetTables | null)[] = [];
  const names: { sheet: string }[] = [];
  const read = await readWorkbookFile(path, {
    eachSheet: (grid) => {
      sheets.push(readUserSheet(grid, options));
      names.push({ sheet: grid.sheet });
      return false;
    },
  });
  if (!read.ok) return read;
  return {
    ok: true,
    source: read.source,
    report: joinUserSheets(sheets, { fileName: read.data.fileName, sheets: names }, options),
    history: readHistory(read.data.sheets),
  };
}
