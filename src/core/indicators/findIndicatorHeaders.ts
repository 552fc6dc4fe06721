/** Finds the header rows of indicator tables on one sheet row. */
import type { CellRange } from '../a1/parseRange';
import { forEachFilledRun } from '../actions/forEachFilledRun';
import { matchHeaderRole } from '../actions/matchHeaderRole';
import { cellAt } from '../cellAt';
import type { Grid } from '../grid';
import type { IndicatorRole } from '../schema/report';
import { matchIndicatorHeader } from './matchIndicatorHeader';

export interface PeriodColumn {
  col: number;
  label: string;
  key: number;
}

export interface IndicatorHeader {
  row: number;
  left: number;
  right: number;
  /** Role → 1-based column (the first cell naming a role wins). */
  columns: Partial<Record<IndicatorRole, number>>;
  /** Columns of values per period, in time order. */
  periods: PeriodColumn[];
}

/** True when some string cell of the row names an indicator column: the one look nearly every row gets. */
function namesIndicator(grid: Grid, row: number): boolean {
  const cells = grid.values[row - grid.origin.row];
  if (!cells) return false;
  for (const v of cells) if (typeof v === 'string' && matchIndicatorHeader(v)?.role === 'indicator') return true;
  return false;
}

/**
 * The header a run of cells makes, or null. A header names an indicator and a target column, at least half
 * its cells name a role or a period, and no cell names an action column: a table with actions stays an
 * action table, read as before.
 */
function headerOfRun(grid: Grid, row: number, left: number, right: number): IndicatorHeader | null {
  const header: IndicatorHeader = { row, left, right, columns: {}, periods: [] };
  let named = 0;
  for (let c = left; c <= right; c++) {
    const value = cellAt(grid, row, c);
    if (matchHeaderRole(value)?.role === 'action') return null;
    const match = matchIndicatorHeader(value);
    if (!match) continue;
    named += 1;
    if (match.role === 'period') header.periods.push({ col: c, label: match.label, key: match.key });
    else header.columns[match.role] ??= c;
  }
  const { indicator, target } = header.columns;
  if (indicator === undefined || target === undefined || named * 2 < right - left + 1) return null;
  // Stable: two columns of one period keep their order.
  header.periods.sort((a, b) => a.key - b.key);
  return header;
}

/**
 * The indicator-table headers on an Excel row, one per run of adjacent filled cells (cells in `exclude`
 * count as empty). Nearly every row is turned away by one look at its text cells.
 * @example // seed 002, row 3: 'Sitova tavoite | Tavoitteen mittari | Tavoitetaso 2024 | Lähtötaso 2023 | Toteuma 1-6/2024 | Tila' from B
 * findIndicatorHeaders(seed002IndicatorGrid, 3, 2, 7, [])[0]?.columns //=> { goal: 2, indicator: 3, target: 4, baseline: 5, status: 7 }
 */
export function findIndicatorHeaders(
  grid: Grid,
  row: number,
  firstCol: number,
  lastCol: number,
  exclude: readonly CellRange[],
): IndicatorHeader[] {
  if (!namesIndicator(grid, row)) return [];
  const headers: IndicatorHeader[] = [];
  forEachFilledRun(grid, row, firstCol, lastCol, exclude, (left, right) => {
    const header = headerOfRun(grid, row, left, right);
    if (header) headers.push(header);
  });
  return headers;
}
