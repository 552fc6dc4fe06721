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
import { buildActionItem } from './buildActionItem';
import { classifyRow } from './classifyRow';
import type { HeaderRow } from './headerRow';
import { isGroupingGoal } from './isGroupingGoal';
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

/** What the walk down the table has read so far. */
interface TableState {
  /** The columns of the header in force: a repeated header may move them. */
  columns: Partial<Record<ColumnRole, number>>;
  sectionCol: number | null;
  /** Every column any of the table's headers named (the first place wins). */
  readonly allColumns: Partial<Record<ColumnRole, number>>;
  category: string | null;
  /** The open section: an index into `marks`, -1 for none. */
  section: number;
  readonly marks: SectionMark[];
  readonly items: ActionItem[];
  /** The section of each item. */
  readonly itemSection: number[];
  /** The last row that belongs to the table. */
  lastContent: number;
  /** A grouping goal carried down to the actions below it. */
  carriedGoal: string | null;
}

/**
 * Walks down from the header, each row as `classifyRow` tells it: the table ends at the first row that
 * ends it; a repeated header moves the columns (a category in it, e.g. "Toimenpide/kansalaispalvelut",
 * starts that category and closes the section; a plain repeat keeps both); a section row opens a
 * section; an item row becomes an item, and with an empty action it continues the action above (with no
 * action above there is nothing to continue, and the row is left out). On item and no-item rows a section
 * column ("Kärki") opens a section when its text changes, and a grouping goal carries down to the actions.
 * @example // seed 000's "Yhteistyö kumppanien kanssa" sheet, from its header on row 6
 * readRowTable(grid, findHeaderRows(grid, 6, 1, 3, [])[0], ctx, { layout: 'rows', excelTable: null, lastRow: 60, endGap: 3, exclude: [], title: null, chair: null }).total //=> 19
 */
export function readRowTable(grid: Grid, header: HeaderRow, ctx: CoreContext, options: RowTableOptions): ActionTable {
  const state: TableState = {
    columns: { ...header.columns },
    sectionCol: header.sectionCol,
    allColumns: { ...header.columns },
    category: header.category,
    section: -1,
    marks: [],
    items: [],
    itemSection: [],
    lastContent: header.row,
    carriedGoal: null,
  };
  const { left, right } = header;
  const { lastRow, endGap, exclude } = options;
  let emptyRowsAbove = 0;
  for (let r = header.row + 1; r <= lastRow; r++) {
    const row = classifyRow(grid, r, { left, right, columns: state.columns, lastRow, endGap, exclude, emptyRowsAbove });
    if (row.kind === 'end') break;
    emptyRowsAbove = row.kind === 'empty' ? emptyRowsAbove + 1 : 0;
    if (row.kind === 'repeatedHeader') takeRepeatedHeader(state, row.header, r);
    else if (row.kind === 'section') openSection(state, row.title, r);
    else if (row.kind === 'item' || row.kind === 'noItem') readContentRow(grid, r, state, row.kind === 'item' ? row.action : null, ctx);
  }
  return tableOf(grid, header, state, options);
}

function takeRepeatedHeader(state: TableState, repeated: HeaderRow, r: number): void {
  state.columns = { ...repeated.columns };
  state.sectionCol = repeated.sectionCol ?? state.sectionCol;
  for (const [role, col] of Object.entries(repeated.columns) as [ColumnRole, number][]) state.allColumns[role] ??= col;
  if (repeated.category !== null || state.category !== null) state.section = -1;
  state.category = repeated.category;
  state.carriedGoal = null;
  state.lastContent = r;
}

function openSection(state: TableState, title: string, r: number): void {
  state.marks.push({ title, row: r });
  state.section = state.marks.length - 1;
  state.carriedGoal = null;
  state.lastContent = r;
}

/** An item row (`action` its action text) or a row with no item (`action` null). */
function readContentRow(grid: Grid, r: number, state: TableState, action: string | null, ctx: CoreContext): void {
  const { columns } = state;
  if (state.sectionCol !== null) {
    const s = cellText(cellAt(grid, r, state.sectionCol));
    if (s !== '' && state.marks[state.section]?.title !== s) openSection(state, s, r);
  }
  const grouping = isGroupingGoal(columns);
  const goal = grouping && columns.goal !== undefined ? cellText(cellAt(grid, r, columns.goal)) : '';
  if (goal !== '') state.carriedGoal = goal;
  if (action === null) {
    if (goal !== '') state.lastContent = r;
    return;
  }
  const previous = state.items[state.items.length - 1];
  if (action === '' && !previous) return;
  const item = buildActionItem(
    grid,
    {
      row: r,
      cells: { cols: columns },
      continues: action === '' && previous ? previous.action : null,
      carriedGoal: grouping ? state.carriedGoal : null,
      section: state.marks[state.section]?.title ?? null,
      category: state.category,
    },
    ctx,
  );
  state.items.push(item);
  state.itemSection.push(state.section);
  state.lastContent = r;
}

function tableOf(grid: Grid, header: HeaderRow, state: TableState, options: RowTableOptions): ActionTable {
  const letters: ActionTable['columns'] = {};
  for (const [role, col] of Object.entries(state.allColumns) as [ColumnRole, number][]) letters[role] = columnLetter(col);
  return {
    sheet: grid.sheet,
    range: rangeAddress({ top: header.row, left: header.left, bottom: state.lastContent, right: header.right }),
    headerRow: header.row,
    layout: options.layout,
    excelTable: options.excelTable,
    columns: letters,
    title: options.title,
    chair: options.chair,
    total: state.items.length,
    byStatus: countStatuses(state.items.map((i) => i.status)),
    sections: tallySections(state.marks, state.items, state.itemSection),
    items: state.items,
  };
}
