/** Tells what one row under a row table's header is, by the table's rules, in their order. */
import type { CellRange } from '../a1/parseRange';
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { Grid } from '../grid';
import { memoize } from '../memo/memoize';
import type { ColumnRole } from '../schema/report';
import { findHeaderRows } from './findHeaderRows';
import type { HeaderRow } from './headerRow';
import { isFilled } from './isFilled';
import { isGroupingGoal } from './isGroupingGoal';
import { isInRanges } from './isInRanges';
import { isMergedAcross } from './isMergedAcross';
import { isNumberedGoal } from './isNumberedGoal';
import { isSectionText } from './isSectionText';
import { isSignatureLine } from './isSignatureLine';
import { readChairLine } from './readChairLine';

export type RowKind =
  | { readonly kind: 'empty' }
  | { readonly kind: 'end' }
  /** The table's header again (`header`: its columns from here on). */
  | { readonly kind: 'repeatedHeader'; readonly header: HeaderRow }
  | { readonly kind: 'section'; readonly title: string }
  /** A row with an item's cells; `action` is '' on a row that continues the action above. */
  | { readonly kind: 'item'; readonly action: string }
  /** Cells that carry no item: a number alone, a comment, a grouping goal. */
  | { readonly kind: 'noItem' };

/** Where the table stands and what it has read so far that the rules look at. */
export interface RowView {
  readonly left: number;
  readonly right: number;
  /** The columns of the header in force (the last repeat of it). */
  readonly columns: Partial<Record<ColumnRole, number>>;
  readonly lastRow: number;
  /** Empty rows that end the table. */
  readonly endGap: number;
  /** Ranges of tables already read: their cells are no part of this one. */
  readonly exclude: readonly CellRange[];
  /** Empty rows right above this one. */
  readonly emptyRowsAbove: number;
}

const EMPTY: RowKind = { kind: 'empty' };
const END: RowKind = { kind: 'end' };
const NO_ITEM: RowKind = { kind: 'noItem' };

/** Rows looked at below a lone line to see whether it heads the next table. */
const LOOK_AHEAD = 3;

/**
 * The kind of row `r`. Rules, in order:
 * 1. a row inside a table already read, across the whole width, ends the table;
 * 2. empty: `empty`; a run of more than four times `endGap` of them ends the table;
 * 3. a header with the action in the same column: `repeatedHeader`; any other header ends the table;
 * 4. after `endGap` empty rows, anything else ends the table;
 * 5. one cell only: a chair line ("Puheenjohtaja …") or a dated signature ("24.1.2024 Etunimi Sukunimi")
 *    ends the table; in the first column, merged across or worded as a section ("Tavoite 1: …", "Muut
 *    toteutukset") it is a `section`; in the first column after an empty row, heading the next table
 *    (a header or a chair line just below), it ends the table;
 * 6. a numbered goal in the action column with no status ("Tavoite 1 … | 2020 - 2023"): a `section`;
 * 7. cells in an item's columns: an `item`; only a number, a comment or a grouping goal (a goal column
 *    left of the action): `noItem`.
 * @example classifyRow(seed001Plan, 9, { left: 3, right: 5, columns: { action: 3, schedule: 4, metric: 5 }, lastRow: 18, endGap: 3, exclude: [], emptyRowsAbove: 0 })
 * //=> { kind: 'section', title: 'Tavoite 1 Sotekeskusten ja erikoissairaanhoidon välisen yhteistyön kehittäminen' }
 */
export function classifyRow(grid: Grid, r: number, view: RowView): RowKind {
  if (isInRanges(r, view.left, view.exclude) && isInRanges(r, view.right, view.exclude)) return END;
  const filled = filledColumns(grid, r, view);
  if (filled.length === 0) return view.emptyRowsAbove + 1 > view.endGap * 4 ? END : EMPTY;
  const header = headerAt(grid, r, view);
  if (header === 'other') return END;
  if (header !== null) return { kind: 'repeatedHeader', header };
  if (view.emptyRowsAbove >= view.endGap) return END;
  const lone = filled.length === 1 ? classifyLoneCell(grid, r, filled[0] ?? view.left, view) : null;
  if (lone !== null) return lone;
  const { action, status } = view.columns;
  const actionText = action === undefined ? '' : cellText(cellAt(grid, r, action));
  const statusEmpty = status === undefined || !isFilled(cellAt(grid, r, status));
  if (actionText !== '' && statusEmpty && isNumberedGoal(actionText)) return { kind: 'section', title: actionText };
  const itemCols = itemColumns(view.columns);
  return filled.some((c) => itemCols.includes(c)) ? { kind: 'item', action: actionText } : NO_ITEM;
}

/** Rule 5: what a row of one cell is, or null when it is read as any other row. */
function classifyLoneCell(grid: Grid, r: number, col: number, view: RowView): RowKind | null {
  const value = cellAt(grid, r, col);
  const text = cellText(value);
  if (readChairLine(text) !== null || isSignatureLine(value)) return END;
  const inFirstColumn = col === view.left || col === view.columns.action;
  if (!inFirstColumn) return null;
  if (isMergedAcross(grid, r, col, view.right) || isSectionText(text)) return { kind: 'section', title: text };
  if (view.emptyRowsAbove > 0 && startsNextTable(grid, r, view)) return END;
  return null;
}

/** The columns of the table with something in them on row `r`, left to right. */
function filledColumns(grid: Grid, r: number, view: RowView): number[] {
  const cols: number[] = [];
  for (let c = view.left; c <= view.right; c++) if (!isInRanges(r, c, view.exclude) && isFilled(cellAt(grid, r, c))) cols.push(c);
  return cols;
}

/** The table's header repeated on row `r`, 'other' for another table's header, null for no header. */
function headerAt(grid: Grid, r: number, view: RowView): HeaderRow | 'other' | null {
  const found = findHeaderRows(grid, r, view.left, view.right, view.exclude);
  if (found.length === 0) return null;
  return found.find((h) => h.columns.action === view.columns.action) ?? 'other';
}

/** True when the first filled row below `r` (within a few) is a header or a lone chair line. */
function startsNextTable(grid: Grid, r: number, view: RowView): boolean {
  for (let next = r + 1; next <= Math.min(view.lastRow, r + LOOK_AHEAD); next++) {
    const filled = filledColumns(grid, next, view);
    if (filled.length === 0) continue;
    if (headerAt(grid, next, view) !== null) return true;
    const first = filled[0];
    return filled.length === 1 && first !== undefined && readChairLine(cellText(cellAt(grid, next, first))) !== null;
  }
  return false;
}

/**
 * The columns whose cells make an item: all but the number (a template's pre-numbered empty rows) and a
 * grouping goal. The columns change only at a repeated header, so each header's are worked out once.
 */
const itemColumns = memoize((columns: Partial<Record<ColumnRole, number>>): number[] =>
  (Object.entries(columns) as [ColumnRole, number][])
    .filter(([role]) => role !== 'number' && !(isGroupingGoal(columns) && role === 'goal'))
    .map(([, col]) => col),
);
