/** Turns one row of an action table (or one card) into an item of the report. */
import { cellAddress } from '../a1/cellAddress';
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { CoreContext } from '../context';
import type { CellValue, Grid } from '../grid';
import { memoize } from '../memo/memoize';
import { isOverdue } from '../schedule/isOverdue';
import { parseSchedule, type ParsedSchedule } from '../schedule/parseSchedule';
import type { ActionItem, ColumnRole } from '../schema/report';
import { normalizeStatus } from '../status/normalizeStatus';
import { isFilled } from './isFilled';
import { actionNumberOf } from './actionNumberOf';

/**
 * Where each role's cell is: its column, and its row where that is not the item's own (a card puts
 * each key on a row of its own). A row table passes its header's column map as it is: every cell of
 * its items is on the item's own row.
 */
export interface RoleCells {
  cols: Partial<Record<ColumnRole, number>>;
  rows?: Partial<Record<ColumnRole, number>>;
}

export interface ActionItemInput {
  /** The Excel row the item stands for. */
  row: number;
  cells: RoleCells;
  /** The action of the row continued, when this row has none of its own. */
  continues: string | null;
  /** A goal carried down from a row above (a goal column left of the action, as merged cells look). */
  carriedGoal: string | null;
  section: string | null;
  category: string | null;
}

/** The value of a role's cell, null when the table has no such column. */
function roleValue(grid: Grid, input: ActionItemInput, role: ColumnRole): CellValue {
  const col = input.cells.cols[role];
  return col === undefined ? null : cellAt(grid, input.cells.rows?.[role] ?? input.row, col);
}

/**
 * The report's schedule of a parse, one object per parse: parseSchedule gives each schedule text's parse once, so the
 * items of a sheet whose schedules repeat share theirs (at 100 000 items, 4.8 MB less for the report to hold).
 */
const reportedSchedule = memoize((parsed: ParsedSchedule): ActionItem['schedule'] => ({
  text: parsed.text,
  start: parsed.start,
  end: parsed.end,
}));

function textOrNull(value: CellValue): string | null {
  const t = cellText(value);
  return t === '' ? null : t;
}

/**
 * Reads an item's cells: the action (with its number split off into `number`, the text kept whole),
 * the status through `normalizeStatus` (no status column: `missing`), the schedule through
 * `parseSchedule`, overdue through `isOverdue`. A continuation row takes the action it continues
 * and no number (it is the same action, not a duplicate).
 * @example // row 7 reads '4.b Työllisyyden hoidon kehittäminen | … | Ei /\nkorona'
 * buildActionItem(grid, { row: 7, cells: { cols: { action: 1, status: 3 } }, continues: null, carriedGoal: null, section: null, category: null }, ctx) //=> { number: '4.b', status: 'not_done', statusReason: 'korona', … }
 */
export function buildActionItem(grid: Grid, input: ActionItemInput, ctx: CoreContext): ActionItem {
  const ownAction = cellText(roleValue(grid, input, 'action'));
  const continuation = ownAction === '' && input.continues !== null;
  const numberCell = textOrNull(roleValue(grid, input, 'number'));
  const number = continuation ? null : (numberCell ?? actionNumberOf(ownAction));

  const statusValue = roleValue(grid, input, 'status');
  const normalized = input.cells.cols.status !== undefined ? normalizeStatus(statusValue) : { status: 'missing' as const, reason: null };
  const statusText = typeof statusValue === 'string' ? statusValue.trim() : cellText(statusValue);

  const scheduleValue = roleValue(grid, input, 'schedule');
  const parsed = isFilled(scheduleValue) ? parseSchedule(scheduleValue) : null;
  const schedule = parsed && parsed.text !== '' ? reportedSchedule(parsed) : null;

  const cells: ActionItem['cells'] = {};
  const { cols, rows } = input.cells;
  // for…in, not Object.entries: no array of pairs per item.
  for (const role in cols) {
    const col = cols[role as ColumnRole];
    if (col !== undefined) cells[role as ColumnRole] = cellAddress(rows?.[role as ColumnRole] ?? input.row, col);
  }

  return {
    row: input.row,
    action: continuation ? (input.continues ?? '') : ownAction,
    number,
    goal: textOrNull(roleValue(grid, input, 'goal')) ?? input.carriedGoal,
    metric: textOrNull(roleValue(grid, input, 'metric')),
    schedule,
    owner: textOrNull(roleValue(grid, input, 'owner')),
    statusText,
    status: normalized.status,
    statusReason: normalized.reason,
    overdue: isOverdue(schedule, normalized.status, ctx.asOf),
    section: input.section,
    category: input.category,
    continuation,
    cells,
  };
}
