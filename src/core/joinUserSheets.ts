/** The report of the user's sheets, put together from each sheet's part. */
import type { BuildReportOptions, UserSheetsReport } from './buildReportOptions';
import { countVerdicts } from './indicators/countVerdicts';
import { sortIssues } from './issues/sortIssues';
import type { UserSheetTables } from './readUserSheet';
import { sumStatusCounts } from './sumStatusCounts';

/**
 * Joins the sheets' parts (readUserSheet; null for a sheet left out) in tab order into the report of the user's
 * sheets, with the issues sorted by sheet and cell and the totals counted. `workbook` names the file and the sheets in
 * tab order.
 * @example joinUserSheets(grids.map((g) => readUserSheet(g, options)), { fileName: 'seuranta.xlsx', sheets: grids }, options).totals.total //=> 112
 */
export function joinUserSheets(
  sheets: readonly (UserSheetTables | null)[],
  workbook: { fileName: string | null; sheets: readonly { sheet: string }[] },
  options: BuildReportOptions,
): UserSheetsReport {
  const read = sheets.filter((s): s is UserSheetTables => s !== null);
  const actionTables = read.flatMap((s) => s.actionTables);
  const indicatorTables = read.flatMap((s) => s.indicatorTables);
  return {
    asOf: options.asOf,
    lang: options.lang,
    source: workbook.fileName,
    actionTables,
    budgetTables: read.flatMap((s) => s.budgetTables),
    indicatorTables,
    issues: sortIssues(
      read.flatMap((s) => s.issues),
      workbook.sheets.map((g) => g.sheet),
    ),
    totals: {
      total: actionTables.reduce((n, t) => n + t.total, 0),
      // Each table has counted its own items.
      byStatus: sumStatusCounts(actionTables.map((t) => t.byStatus)),
      indicators: countVerdicts(indicatorTables),
    },
  };
}
