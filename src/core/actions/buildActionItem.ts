/** Turns one row of an action table (or one card) into an item of the report. */
import { cellAddress } from '../a1/cellAddress';
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { CoreContext } from '../context';
import type { CellValue, Grid } from '../grid';
import { isOverdue } from '../schedule/isOverdue';
import { parseSchedule } from '../schedule/parseSchedule';
import type { ActionItem, ColumnRole } from '../schema/report';
import { normalizeStatus } from '../status/normalizeStatus';
import { isFilled } from './isFilled';
import { splitActionNumber } from './splitActionNumber';

/** Where each role's cell is for this item: row tables use one row, cards one row per key. */
export type RoleCells = Partial<Record<ColumnRole, { row: number; col: number }>>;

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

/**
 * The value of a role's cell, null when the table has no such column. A module function rather than a
 * closure per item: at 100 000 items the closures were measurable garbage.
 */
function roleValue(grid: Grid, cells: RoleCells, role: ColumnRole): CellValue {
  const at = cells[role];
  return at ? cellAt(grid, at.row, at.col) : null;
}

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
 * buildActionItem(grid, { row: 7, cells: { action: { row: 7, col: 1 }, status: { row: 7, col: 3 } }, continues: null, carriedGoal: null, section: null, category: null }, ctx) //=> { number: '4.b', status: 'not_done', statusReason: 'korona', … }
 */
export function buildActionItem(grid: Grid, input: ActionItemInput, ctx: CoreContext): ActionItem {
  const ownAction = cellText(roleValue(grid, input.cells, 'action'));
  const continuation = ownAction === '' && input.continues !== null;
  const numberCell = textOrNull(roleValue(grid, input.cells, 'number'));
  const number = continuation ? null : (numberCell ?? splitActionNumber(ownAction).number);

  const statusValue = roleValue(grid, input.cells, 'status');
  const normalized = input.cells.status ? normalizeStatus(statusValue) : { status: 'missing' as const, reason: null };
  const statusText = typeof statusValue === 'string' ? statusValue.trim() : cellText(statusValue);

  const scheduleValue = roleValue(grid, input.cells, 'schedule');
  const parsed = isFilled(scheduleValue) ? parseSchedule(scheduleValue) : null;
  const schedule = parsed && parsed.text !== '' ? { text: parsed.text, start: parsed.start, end: parsed.end } : null;

  const cells: ActionItem['cells'] = {};
  for (const [role, at] of Object.entries(input.cells) as [ColumnRole, { row: number; col: number }][]) {
    cells[role] = cellAddress(at.row, at.col);
  }

  return {
    row: input.row,
    action: continuation ? (input.continues ?? '') : ownAction,
    number,
    goal: textOrNull(roleValue(grid, input.cells, 'goal')) ?? input.carriedGoal,
    metric: textOrNull(roleValue(grid, input.cells, 'metric')),
    schedule,
    owner: textOrNull(roleValue(grid, input.cells, 'owner')),
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
