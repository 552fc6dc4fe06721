/** Reads an indicator table from its header row down to where its rows end. */
import type { CellRange } from '../a1/parseRange';
import { rangeAddress } from '../a1/rangeAddress';
import { isFilled } from '../actions/isFilled';
import { isInRanges } from '../actions/isInRanges';
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import type { IndicatorTable, Issue } from '../schema/report';
import { buildIndicatorItem } from './buildIndicatorItem';
import { findIndicatorHeaders, type IndicatorHeader } from './findIndicatorHeaders';

export interface IndicatorTableOptions {
  excelTable: string | null;
  /** The last row the table may use (an Excel table's own bottom); otherwise the sheet's last row. */
  lastRow: number;
  /** Empty rows in a row that end a plain table. */
  endGap: number;
  exclude: readonly CellRange[];
}

interface Walk {
  goal: string | null;
  section: string | null;
  lastContent: number;
}

function filledCells(grid: Grid, row: number, header: IndicatorHeader): number[] {
  const filled: number[] = [];
  for (let c = header.left; c <= header.right; c++) if (isFilled(cellAt(grid, row, c))) filled.push(c);
  return filled;
}

/** A row naming the same indicator and target columns again (a header repeated after a page break or a section). */
function repeatsHeader(grid: Grid, row: number, header: IndicatorHeader): boolean {
  const again = findIndicatorHeaders(grid, row, header.left, header.right, []);
  return again.some((h) => h.columns.indicator === header.columns.indicator && h.columns.target === header.columns.target);
}

/** One text in the row and none where an indicator or its target stands: a section ("Henkilöstö"). */
function sectionTitle(grid: Grid, row: number, header: IndicatorHeader, filled: readonly number[]): string | null {
  const [only] = filled;
  if (filled.length !== 1 || only === undefined || only === header.columns.indicator || only === header.columns.target) return null;
  const text = cellText(cellAt(grid, row, only));
  return typeof cellAt(grid, row, only) === 'string' && text !== '' ? text : null;
}

/**
 * Walks down from the header: empty rows (`endGap` in a row end the table), a repeated header (skipped), a
 * section row (its title is the section of the indicators below, and a new section's goal starts afresh), a
 * row with only a goal (carried down to the indicators beside and below it, as a merged goal cell is), and
 * indicator rows, each an item. A new indicator header or an excluded range ends the table.
 * @example // seed 002's "Sitova tavoite | Tavoitteen mittari | Tavoitetaso 2024" on row 3
 * readIndicatorTable(grid, header, ctx, { excelTable: null, lastRow: 20, endGap: 3, exclude: [] }).table.items.length //=> 8
 */
export function readIndicatorTable(
  grid: Grid,
  header: IndicatorHeader,
  ctx: CoreContext,
  options: IndicatorTableOptions,
): { table: IndicatorTable; issues: Issue[] } {
  const walk: Walk = { goal: null, section: null, lastContent: header.row };
  const items: IndicatorTable['items'] = [];
  const issues: Issue[] = [];
  let empty = 0;
  for (let r = header.row + 1; r <= options.lastRow; r++) {
    if (isInRanges(r, header.left, options.exclude)) break;
    const filled = filledCells(grid, r, header);
    if (filled.length === 0) {
      if ((empty += 1) >= options.endGap) break;
      continue;
    }
    empty = 0;
    if (repeatsHeader(grid, r, header)) {
      walk.lastContent = r;
      continue;
    }
    if (findIndicatorHeaders(grid, r, header.left, header.right, []).length > 0) break;
    readRow(grid, r, header, ctx, walk, filled, { items, issues });
  }
  const range = rangeAddress({ top: header.row, left: header.left, bottom: walk.lastContent, right: header.right });
  return { table: { sheet: grid.sheet, range, headerRow: header.row, excelTable: options.excelTable, items }, issues };
}

function readRow(
  grid: Grid,
  r: number,
  header: IndicatorHeader,
  ctx: CoreContext,
  walk: Walk,
  filled: readonly number[],
  out: { items: IndicatorTable['items']; issues: Issue[] },
): void {
  walk.lastContent = r;
  const title = sectionTitle(grid, r, header, filled);
  if (title !== null && !(filled[0] === header.columns.goal && isGoalText(title))) {
    walk.section = title;
    walk.goal = null;
    return;
  }
  const goal = textAt(grid, r, header.columns.goal);
  if (goal !== '') walk.goal = goal;
  if (textAt(grid, r, header.columns.indicator) === '' && textAt(grid, r, header.columns.target) === '') return;
  const built = buildIndicatorItem(grid, r, header, ctx, { goal: walk.goal, section: walk.section });
  out.items.push(built.item);
  out.issues.push(...built.issues);
}

function textAt(grid: Grid, r: number, col: number | undefined): string {
  return col === undefined ? '' : cellText(cellAt(grid, r, col));
}

/** A goal alone on its row reads like a goal (a sentence), where a section is a word or two ("Henkilöstö"). */
function isGoalText(text: string): boolean {
  return text.split(' ').length > 3;
}
