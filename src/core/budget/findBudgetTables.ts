/** Finds budget tables anywhere on a sheet by their headers, reads their amounts, and checks sums, pace and the sheet's own computed columns. */
import { columnLetter } from '../a1/columnLetter';
import { rangeAddress } from '../a1/rangeAddress';
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import type { BudgetTable, Issue } from '../schema/report';
import { assignBudgetLevels } from './assignBudgetLevels';
import type { BudgetHeader } from './budgetHeader';
import { budgetRowOf } from './budgetRowOf';
import { budgetVocabulary } from './budgetVocabulary';
import { checkAmountsReadable } from './checkAmountsReadable';
import { checkBudgetSums } from './checkBudgetSums';
import { checkComputedColumns } from './checkComputedColumns';
import { checkPace, type PartialActuals } from './checkPace';
import { compareBudgetAmounts } from './compareBudgetAmounts';
import { findUnitInText } from './findUnitInText';
import { locateBudgetTables, type BudgetTableLayout } from './locateBudgetTables';
import { readActualPeriod } from './readActualPeriod';

/** Lines above the header where a unit line ("1 000 €") may stand. */
const UNIT_LINES_ABOVE = 3;

/**
 * Every budget table on the sheet (`locateBudgetTables`), with its rows, levels and comparisons, and the
 * issues found in it: amounts that cannot be read (`checkAmountsReadable`), totals and result lines that
 * do not add up beyond rounding (`checkBudgetSums`), cost lines over the pace of partial-year actuals
 * (`checkPace`), and the sheet's own computed columns that disagree with the recomputed figures
 * (`checkComputedColumns`).
 * @example findBudgetTables(seed002BudgetGrid(), ctx).tables[0]?.rows[0]?.actualVsBudgetPct //=> 50.5
 */
export function findBudgetTables(grid: Grid, ctx: CoreContext): { tables: BudgetTable[]; issues: Issue[] } {
  const tables: BudgetTable[] = [];
  const issues: Issue[] = [];
  for (const layout of locateBudgetTables(grid)) {
    const read = readBudgetTable(grid, layout, ctx);
    tables.push(read.table);
    issues.push(...read.issues);
  }
  return { tables, issues };
}

/** One table's rows and issues: levels first (the sums need them), then the checks line by line. */
function readBudgetTable(grid: Grid, layout: BudgetTableLayout, ctx: CoreContext): { table: BudgetTable; issues: Issue[] } {
  const { header, labelCol } = layout;
  const structure = assignBudgetLevels(layout.lines, budgetVocabulary(), layout.columns);
  const issues = [...checkAmountsReadable(layout.lines, grid.sheet, ctx), ...checkBudgetSums(layout, structure, grid.sheet, ctx)];
  const actuals = partialActuals(header);
  const rows = layout.lines.map((line, i) => {
    const comparisons = compareBudgetAmounts(line.values);
    const overPace = checkPace(line, actuals, grid.sheet, ctx);
    if (overPace) issues.push(overPace);
    issues.push(...checkComputedColumns(grid, line, header.computed, comparisons, grid.sheet, ctx));
    return budgetRowOf(line, structure.levels[i] ?? 0, comparisons, overPace !== null);
  });
  const left = labelCol ?? header.firstCol;
  const unit = findUnit(grid, header, left);
  const title = titleOf(labelCol === null ? '' : cellText(cellAt(grid, header.row, labelCol)), unit);
  const table: BudgetTable = {
    sheet: grid.sheet,
    range: rangeAddress({ top: header.row, left, bottom: layout.bottom, right: header.lastCol }),
    headerRow: header.row,
    unit,
    columns: Object.fromEntries(
      [...header.amounts].map(([c, h]) => [c, { column: columnLetter(h.col), header: h.header, year: yearOf(h.header) }]),
    ),
    actualPeriod: actuals?.period ?? null,
    rows,
    labelColumn: labelCol === null ? undefined : columnLetter(labelCol),
    title: title === '' ? null : title,
    computedColumns: Object.fromEntries([...header.computed].map(([k, h]) => [k, { column: columnLetter(h.col), header: h.header }])),
  };
  return { table, issues };
}

/** The actuals column and the months it covers, when its header says they cover part of the year. */
function partialActuals(header: BudgetHeader): PartialActuals | null {
  const actual = header.amounts.get('actual');
  const period = actual ? readActualPeriod(actual.header) : null;
  return actual && period ? { col: actual.col, period } : null;
}

/** The unit the header row states, else the first of the lines just above it. */
function findUnit(grid: Grid, header: BudgetHeader, left: number): string | null {
  const units = budgetVocabulary().units;
  for (let r = header.row; r >= Math.max(grid.origin.row, header.row - UNIT_LINES_ABOVE); r--) {
    for (let c = left; c <= header.lastCol; c++) {
      const v = cellAt(grid, r, c);
      const unit = typeof v === 'string' ? findUnitInText(v, units) : null;
      if (unit !== null) return unit;
    }
  }
  return null;
}

/** The label column's header without the unit and trailing punctuation: "Sosiaali- ja terveystoimi". */
function titleOf(labelHeader: string, unit: string | null): string {
  return (unit ? labelHeader.replace(unit, '') : labelHeader).replace(/[\s,;:(–-]+$/, '').trim();
}

/** The last year a header names ("TA-esitys Proposition 2024" → 2024). */
function yearOf(header: string): number | null {
  const years = header.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g);
  const last = years?.[years.length - 1];
  return last === undefined ? null : Number(last);
}
