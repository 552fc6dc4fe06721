/** Reads an action table laid out in rows, from its header row down to where its data ends. */
import type { CellRange } from '../a1/parseRange';
import { rangeAddress } from '../a1/rangeAddress';
import { columnLetter } from '../a1/columnLetter';
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { CoreContext } from '../context';
import { countStatuses } from '../countStatuses';
import type { Grid } from '../grid';
import type { ActionItem, ActionTable, ColumnRole } from '../schema/report';
import { buildActionItem, type RoleCells } from './buildActionItem';
import { findHeaderRows } from './findHeaderRows';
import type { HeaderRow } from './headerRow';
import { isFilled } from './isFilled';
import { isInRanges } from './isInRanges';
import { isMergedAcross } from './isMergedAcross';
import { isNumberedGoal } from './isNumberedGoal';
import { isSectionText } from './isSectionText';
import { isSignatureLine } from './isSignatureLine';
import { readChairLine } from './readChairLine';
import { tallySections, type SectionMark } from './tallySections';

export interface RowTableOptions {
  layout: 'rows' | 'excelTable';
  excelTable: string | null;
  /** The last row the table may use (an Excel table's own bottom); otherwise the sheet's last row. */
  lastRow: number;
  /** Empty rows that end a plain table; an Excel table ends at its own range instead. */
  endGap: number;
  exclude: readonly CellRange[];
  title: string | null;
  chair: string | null;
}

/**
 * Walks down from the header. Rules, in order, for each row:
 * - empty: skipped; `endGap` empty rows in a row end the table unless a repeat of its header follows;
 * - a header with the action in the same column: continues the table (a category in it, e.g.
 *   "Toimenpide/kansalaispalvelut", starts that category and closes the section; a plain repeat keeps both);
 *   any other header ends it;
 * - a chair line ("Puheenjohtaja …") or a dated signature ("24.1.2024 Etunimi Sukunimi") alone in the
 *   first column ends it, as does a lone line after an empty row that heads the next table;
 * - one cell only, in the first column, merged across or worded as a section ("Tavoite 1: …", "Muut
 *   toteutukset"): a section row; so is a numbered goal with no status ("Tavoite 1 … | 2020 - 2023");
 * - a row with only a number, a comment or a grouping goal (a goal column left of the action, written
 *   once for the actions beside and below it) is no item; the goal carries down to the next actions;
 * - otherwise an item; with an empty action but its own cells it continues the previous action
 *   (with no previous action there is nothing to continue, and the row is left out).
 * @example // seed 000's "Yhteistyö kumppanien kanssa" sheet, from its header on row 6
 * readRowTable(grid, findHeaderRows(grid, 6, 1, 3, [])[0], ctx, { layout: 'rows', excelTable: null, lastRow: 60, endGap: 3, exclude: [], title: null, chair: null }).total //=> 19
 */
export function readRowTable(grid: Grid, header: HeaderRow, ctx: CoreContext, options: RowTableOptions): ActionTable {
  let columns = { ...header.columns };
  let sectionCol = header.sectionCol;
  const allColumns: Partial<Record<ColumnRole, number>> = { ...header.columns };
  const { left, right } = header;
  let category = header.category;
  let section: number = -1;
  const marks: SectionMark[] = [];
  const items: ActionItem[] = [];
  const itemSection: number[] = [];
  let lastContent = header.row;
  let emptyRun = 0;
  let carriedGoal: string | null = null;
  /** The columns `itemCols` and `cells` were worked out for. */
  let itemColsOf: typeof columns | null = null;
  let itemCols: number[] = [];
  // Every cell of an item is on its row: the header's column map serves all its items as it is.
  let cells: RoleCells = { cols: columns };

  // Two lists reused for every row (the row read, and the rows looked ahead at), not one made per row;
  // written over in place (emptying one with `length = 0` drops its storage, and the next push makes it anew).
  const rowFilled: FilledColumns = { cols: [], count: 0 };
  const aheadFilled: FilledColumns = { cols: [], count: 0 };
  const rowCells = (r: number, filled: FilledColumns) => {
    let count = 0;
    for (let c = left; c <= right; c++) if (!isInRanges(r, c, options.exclude) && isFilled(cellAt(grid, r, c))) filled.cols[count++] = c;
    filled.count = count;
    return filled;
  };
  const sameTableHeader = (r: number): HeaderRow | 'other' | null => {
    const found = findHeaderRows(grid, r, left, right, options.exclude);
    if (found.length === 0) return null;
    return found.find((h) => h.columns.action === columns.action) ?? 'other';
  };
  const startsNextTable = (r: number): boolean => {
    for (let next = r + 1; next <= Math.min(options.lastRow, r + 3); next++) {
      const filled = rowCells(next, aheadFilled);
      if (filled.count === 0) continue;
      if (sameTableHeader(next) !== null) return true;
      const first = filled.cols[0];
      return filled.count === 1 && first !== undefined && readChairLine(cellText(cellAt(grid, next, first))) !== null;
    }
    return false;
  };
  const openSection = (title: string, r: number) => {
    marks.push({ title, row: r });
    section = marks.length - 1;
    carriedGoal = null;
    lastContent = r;
  };

  for (let r = header.row + 1; r <= options.lastRow; r++) {
    if (isInRanges(r, left, options.exclude) && isInRanges(r, right, options.exclude)) break;
    const filled = rowCells(r, rowFilled);
    if (filled.count === 0) {
      emptyRun += 1;
      if (emptyRun > options.endGap * 4) break;
      continue;
    }
    const gap = emptyRun;
    emptyRun = 0;

    const repeated = sameTableHeader(r);
    if (repeated === 'other') break;
    if (repeated !== null) {
      columns = { ...repeated.columns };
      sectionCol = repeated.sectionCol ?? sectionCol;
      for (const [role, col] of Object.entries(repeated.columns) as [ColumnRole, number][]) allColumns[role] ??= col;
      if (repeated.category !== null || category !== null) section = -1;
      category = repeated.category;
      carriedGoal = null;
      lastContent = r;
      continue;
    }
    if (gap >= options.endGap) break;

    const first = filled.cols[0] ?? left;
    const firstValue = cellAt(grid, r, first);
    if (filled.count === 1) {
      // Only a lone cell can be a chair line, a signature or a section: tidy its text only then.
      const firstText = cellText(firstValue);
      if (readChairLine(firstText) !== null || isSignatureLine(firstValue)) break;
      const inFirstColumn = first === left || first === columns.action;
      if (inFirstColumn && (isMergedAcross(grid, r, first, right) || isSectionText(firstText))) {
        openSection(firstText, r);
        continue;
      }
      if (inFirstColumn && gap > 0 && startsNextTable(r)) break;
    }
    const actionCol = columns.action;
    const statusCol = columns.status;
    const actionText = actionCol === undefined ? '' : cellText(cellAt(grid, r, actionCol));
    const statusEmpty = statusCol === undefined || !isFilled(cellAt(grid, r, statusCol));
    if (actionText !== '' && statusEmpty && isNumberedGoal(actionText)) {
      openSection(actionText, r);
      continue;
    }

    if (sectionCol !== null) {
      const s = cellText(cellAt(grid, r, sectionCol));
      if (s !== '' && marks[section]?.title !== s) openSection(s, r);
    }
    // Cells that carry an item: a number alone (a template's pre-numbered empty rows), a comment
    // column or a grouping goal alone make none.
    const goalCol = columns.goal;
    const groupingGoal = goalCol !== undefined && actionCol !== undefined && goalCol < actionCol;
    // The columns change only at a repeated header: work them out once per header, not per row.
    if (itemColsOf !== columns) {
      itemColsOf = columns;
      cells = { cols: columns };
      itemCols = (Object.entries(columns) as [ColumnRole, number][])
        .filter(([role]) => role !== 'number' && !(groupingGoal && role === 'goal'))
        .map(([, col]) => col);
    }
    // Only a grouping goal is carried; a goal beside the action is the item's own (read with it).
    const goalHere = !groupingGoal || goalCol === undefined ? '' : cellText(cellAt(grid, r, goalCol));
    // A goal column left of the action groups the actions to its right, as a merged cell shows it.
    if (groupingGoal && goalHere !== '') carriedGoal = goalHere;
    if (!sharesAny(filled, itemCols)) {
      if (groupingGoal && goalHere !== '') lastContent = r;
      continue;
    }
    const previous = items[items.length - 1];
    // A row with no action of its own and nothing above to continue is no action at all.
    if (actionText === '' && !previous) continue;

    const carry = groupingGoal ? carriedGoal : null;
    const item = buildActionItem(
      grid,
      {
        row: r,
        cells,
        continues: actionText === '' && previous ? previous.action : null,
        carriedGoal: carry,
        section: marks[section]?.title ?? null,
        category,
      },
      ctx,
    );
    items.push(item);
    itemSection.push(section);
    lastContent = r;
  }

  const range = { top: header.row, left, bottom: lastContent, right };
  const letters: ActionTable['columns'] = {};
  for (const [role, col] of Object.entries(allColumns) as [ColumnRole, number][]) letters[role] = columnLetter(col);
  return {
    sheet: grid.sheet,
    range: rangeAddress(range),
    headerRow: header.row,
    layout: options.layout,
    excelTable: options.excelTable,
    columns: letters,
    title: options.title,
    chair: options.chair,
    total: items.length,
    byStatus: countStatuses(items.map((i) => i.status)),
    sections: tallySections(marks, items, itemSection),
    items,
  };
}

/** A row's filled columns: the first `count` of `cols` (the rest is left over from an earlier row). */
interface FilledColumns {
  cols: number[];
  count: number;
}

/** True when a row's filled columns include one of `cols`; a loop, as a `some` callback was made per row. */
function sharesAny(filled: FilledColumns, cols: readonly number[]): boolean {
  for (let i = 0; i < filled.count; i++) if (cols.includes(filled.cols[i] ?? 0)) return true;
  return false;
}
