/** One user sheet's tables and issues: the part of the report a sheet gives on its own. */
import type { CellRange } from './a1/parseRange';
import { parseRange } from './a1/parseRange';
import { findActionTables } from './actions/findActionTables';
import { findBudgetTables } from './budget/findBudgetTables';
import type { BuildReportOptions } from './buildReportOptions';
import type { CoreContext } from './context';
import type { Grid } from './grid';
import { findIndicatorTables } from './indicators/findIndicatorTables';
import { isGeneratedGrid } from './isGeneratedGrid';
import { getLocale } from './locales/getLocale';
import type { ActionTable, Issue, Report } from './schema/report';
import { findCellErrors } from './validation/findCellErrors';
import { validateActionTable } from './validation/validateActionTable';

/** What one sheet adds to the report; `joinUserSheets` puts the sheets' parts together. */
export interface UserSheetTables {
  actionTables: ActionTable[];
  budgetTables: Report['budgetTables'];
  indicatorTables: NonNullable<Report['indicatorTables']>;
  issues: Issue[];
}

/**
 * Reads one sheet: budget tables first (their "Toteuma" column must never start an action table), then indicator
 * tables, then action tables around them, then the checks. A sheet the user asked to leave out, or one the tool
 * generated, gives null. Each sheet is read on its own, so a host may read a workbook's sheets one at a time and let go
 * of each grid once it is read.
 * @example readUserSheet(seed000Grid, { asOf: '2024-06-30', lang: 'fi' })?.actionTables[0]?.total //=> 112
 */
export function readUserSheet(grid: Grid, options: BuildReportOptions): UserSheetTables | null {
  const skipped = (options.skipSheets ?? []).some((s) => s.toLowerCase() === grid.sheet.toLowerCase());
  if (skipped || isGeneratedGrid(grid)) return null;
  const ctx: CoreContext = { asOf: options.asOf, lang: options.lang, locale: getLocale(options.lang) };
  const budgets = findBudgetTables(grid, ctx);
  const taken: CellRange[] = budgets.tables.map((t) => parseRange(t.range)).filter((r): r is CellRange => r !== null);
  // Before the action tables: an indicator table's rows must never be read as actions.
  const indicators = findIndicatorTables(grid, ctx, taken);
  taken.push(...indicators.tables.map((t) => parseRange(t.range)).filter((r): r is CellRange => r !== null));
  const actions = findActionTables(grid, ctx, taken);
  const issues = [...budgets.issues, ...indicators.issues, ...actions.issues];
  for (const table of actions.tables) issues.push(...validateActionTable(table, grid, ctx));
  issues.push(...findCellErrors(grid, ctx));
  return { actionTables: actions.tables, budgetTables: budgets.tables, indicatorTables: indicators.tables, issues };
}
