/** Finds the header rows of action tables on one sheet row, however many tables sit side by side. */
import type { CellRange } from '../a1/parseRange';
import { cellAt } from '../cellAt';
import type { Grid } from '../grid';
import { countBudgetColumns } from './countBudgetColumns';
import type { HeaderRow } from './headerRow';
import { forEachFilledRun } from './forEachFilledRun';
import { matchHeaderRole } from './matchHeaderRole';

/**
 * The action-table headers on an Excel row. Each run of adjacent filled cells (cells in `exclude`
 * count as empty, so a budget table beside is its own run) is a header when it names an action
 * column and at least one other role, and at least half its cells name a role. A budget header is
 * never one: it has no action column, and besides, a run whose other cells name two or more amount
 * columns (Talousarvio, Ennuste, TA-esitys, Kehys…) is a budget header whatever else it holds.
 * @example // row 4 reads 'Toimenpide | Tavoite | Toteuma' (seed 000)
 * findHeaderRows(grid, 4, 1, 3, [])[0]?.columns //=> { action: 1, goal: 2, status: 3 }
 */
export function findHeaderRows(
  grid: Grid,
  row: number,
  firstCol: number,
  lastCol: number,
  exclude: readonly CellRange[],
): readonly HeaderRow[] {
  let found: HeaderRow[] | null = null;
  forEachFilledRun(grid, row, firstCol, lastCol, exclude, (left, right) => {
    const header = actionHeaderOfRun(grid, row, left, right);
    if (header) (found ??= []).push(header);
  });
  return found ?? NONE;
}

/**
 * The run as an action table's header, or null: it names an action column and one more role, at least half its cells name a
 * role, and the amount columns among the rest are fewer than two (a budget header).
 */
function actionHeaderOfRun(grid: Grid, row: number, left: number, right: number): HeaderRow | null {
  // Made at the first cell that names a role: most runs are data rows, and name none.
  let header: HeaderRow | null = null;
  let named = 0;
  let unnamed = 0;
  const width = right - left + 1;
  for (let c = left; c <= right; c++) {
    const match = matchHeaderRole(cellAt(grid, row, c));
    if (!match) {
      unnamed += 1;
      // More than half unnamed already fails the half-named rule below: the rest need no matching.
      if (unnamed * 2 > width) return null;
      continue;
    }
    named += 1;
    header ??= { row, left, right, columns: {}, sectionCol: null, category: null };
    if (match.role === 'section') {
      header.sectionCol ??= c;
      continue;
    }
    if (header.columns[match.role] !== undefined) continue;
    header.columns[match.role] = c;
    if (match.role === 'action') header.category = match.category;
  }
  if (header === null) return null;
  const roles = Object.keys(header.columns).length + (header.sectionCol === null ? 0 : 1);
  if (header.columns.action === undefined || roles < 2 || named * 2 < width) return null;
  // "Toteuma" named the status above; the amount columns that are left decide (listed only for a
  // row that could be a header: nearly every row is turned away before).
  if (unnamed > 0 && countBudgetColumns(grid, row, unnamedColumns(grid, row, left, right)) >= 2) return null;
  return header;
}

function unnamedColumns(grid: Grid, row: number, left: number, right: number): number[] {
  const unnamed: number[] = [];
  for (let c = left; c <= right; c++) if (!matchHeaderRole(cellAt(grid, row, c))) unnamed.push(c);
  return unnamed;
}

/** The answer for nearly every row, shared: the result is read-only. */
const NONE: readonly HeaderRow[] = [];
