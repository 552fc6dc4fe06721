/** The core's one entry for reading: every sheet's grid in, the report of the contract out. */
import type { CellRange } from './a1/parseRange';
import { parseRange } from './a1/parseRange';
import { findActionTables } from './actions/findActionTables';
import { findBudgetTables } from './budget/findBudgetTables';
import type { CoreContext } from './context';
import { sumStatusCounts } from './sumStatusCounts';
import { generatedKindOf, GENERATED_MARKER_CELL } from './generated/generatedMarker';
import { cellAt } from './cellAt';
import type { WorkbookData, Grid } from './grid';
import { getLocale } from './locales/getLocale';
import type { ActionTable, Issue, Lang, Report } from './schema/report';
import { findCellErrors } from './validation/findCellErrors';
import { validateActionTable } from './validation/validateActionTable';
import { sortIssues } from './issues/sortIssues';
import { recordHistory, type RecordedHistory } from './history/recordHistory';
import { readHistory } from './history/readHistory';
import { findIndicatorTables } from './indicators/findIndicatorTables';
import { countVerdicts } from './indicators/countVerdicts';

export interface BuildReportOptions {
  /** ISO date overdue is judged against; the host passes today when the user gives none. */
  asOf: string;
  lang: Lang;
  /** Sheets the user asked to leave out, by name. */
  skipSheets?: readonly string[];
  /** ISO date the user picked to compare with (the latest snapshot on or before it); absent: the latest earlier snapshot. */
  since?: string | null;
}

/**
 * True when the grid is a sheet the tool generated (recognised by its marker, not its name).
 * @example isGeneratedGrid(summaryGrid) //=> true
 */
export function isGeneratedGrid(grid: Grid): boolean {
  const m = GENERATED_MARKER_CELL;
  return generatedKindOf(cellAt(grid, m.row, m.col)) !== null;
}

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

/** A report before the history has had its say: no `changes`, no `history`. */
export type UserSheetsReport = Omit<Report, 'changes' | 'history'>;

/**
 * The report of the user's sheets alone, the first of `buildReportWithHistory`'s two steps; `recordHistory` is the
 * second. A host that can let go of the user's grids between the two calls them one after the other: the CLI, whose
 * grids of 100 000 actions hold 24 MiB the history's work no longer needs.
 * @example recordHistory(readUserSheets(workbook, options), readHistory(workbook.sheets), null).report.changes //=> null
 */
export function readUserSheets(workbook: WorkbookData, options: BuildReportOptions): UserSheetsReport {
  const ctx: CoreContext = { asOf: options.asOf, lang: options.lang, locale: getLocale(options.lang) };
  const skip = new Set((options.skipSheets ?? []).map((s) => s.toLowerCase()));
  const actionTables: ActionTable[] = [];
  const budgetTables: Report['budgetTables'] = [];
  const indicatorTables: NonNullable<Report['indicatorTables']> = [];
  const issues: Issue[] = [];

  for (const grid of workbook.sheets) {
    if (skip.has(grid.sheet.toLowerCase()) || isGeneratedGrid(grid)) continue;
    const budgets = findBudgetTables(grid, ctx);
    budgetTables.push(...budgets.tables);
    issues.push(...budgets.issues);
    const taken: CellRange[] = budgets.tables.map((t) => parseRange(t.range)).filter((r): r is CellRange => r !== null);
    // Before the action tables: an indicator table's rows must never be read as actions.
    const indicators = findIndicatorTables(grid, ctx, taken);
    indicatorTables.push(...indicators.tables);
    issues.push(...indicators.issues);
    taken.push(...indicators.tables.map((t) => parseRange(t.range)).filter((r): r is CellRange => r !== null));
    const actions = findActionTables(grid, ctx, taken);
    actionTables.push(...actions.tables);
    issues.push(...actions.issues);
    for (const table of actions.tables) issues.push(...validateActionTable(table, grid, ctx));
    issues.push(...findCellErrors(grid, ctx));
  }

  const sheetOrder = workbook.sheets.map((g) => g.sheet);
  return {
    asOf: options.asOf,
    lang: options.lang,
    source: workbook.fileName,
    actionTables,
    budgetTables,
    indicatorTables,
    issues: sortIssues(issues, sheetOrder),
    totals: {
      total: actionTables.reduce((n, t) => n + t.total, 0),
      // Each table has counted its own items.
      byStatus: sumStatusCounts(actionTables.map((t) => t.byStatus)),
      indicators: countVerdicts(indicatorTables),
    },
  };
}
