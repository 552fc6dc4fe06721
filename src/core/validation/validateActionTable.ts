/** Checks one detected action table row by row and says, at the cell, what a manager must fix. */
import { parseRange } from '../a1/parseRange';
import { cellAddress } from '../a1/cellAddress';
import { cellAt } from '../cellAt';
import type { CoreContext } from '../context';
import type { CellValue, Grid } from '../grid';
import { createIssue } from '../issues/createIssue';
import { memoize } from '../memo/memoize';
import { parseSchedule } from '../schedule/parseSchedule';
import type { MessageKey } from '../locales/locale';
import type { ActionItem, ActionTable, ColumnRole, Issue } from '../schema/report';
import { formatIsoDate } from './formatIsoDate';
import { roleCell } from './roleCell';
import { spreadsheetErrorOf } from './spreadsheetErrorOf';

/** Longest action text quoted in a message; the cell link shows the rest. */
const ACTION_QUOTE_MAX = 60;

/**
 * The issues of one action table: a table without a status column (info, at the header row's first
 * cell); per item an unknown status (warning), a missing status (warning), a schedule that cannot be
 * read (warning) or that ends before it starts (error), a missing owner where the table has an owner
 * column (info; not on a continuation row, whose owner is the continued action's); and an action
 * number used twice in one section (warning, at the second action).
 * A cell holding a spreadsheet error is left to `findCellErrors`, so it is reported once, not twice.
 * The schedule is re-read from the grid because the item keeps dates but not whether the text made sense.
 * @example validateActionTable(table, grid, ctx).map((i) => `${i.code} ${i.cell}`)
 * //=> ['status.unknown D7', 'schedule.unreadable B9', 'action.duplicateNumber A12']
 */
export function validateActionTable(table: ActionTable, grid: Grid, ctx: CoreContext): Issue[] {
  const check: TableCheck = { table, grid, ctx, examples: ctx.locale.statusExamples.join(', '), issues: [] };
  if (table.columns.status === undefined) {
    const left = parseRange(table.range)?.left ?? 1;
    report(check, 'table.noStatus', 'info', cellAddress(table.headerRow, left), { examples: check.examples });
  }
  /** Section → repeated-header category → action number key → the row it was first seen on. */
  const numbersSeen = new Map<string | null, Map<string | null, Map<string, number>>>();
  for (const item of table.items) {
    checkStatus(check, item);
    checkSchedule(check, item);
    checkOwner(check, item);
    checkNumber(check, item, numbersSeen);
  }
  return check.issues;
}

/** The table being checked, and the issues found so far. */
interface TableCheck {
  readonly table: ActionTable;
  readonly grid: Grid;
  readonly ctx: CoreContext;
  /** Status words the messages suggest, in the run's language. */
  readonly examples: string;
  readonly issues: Issue[];
}

function report(
  check: TableCheck,
  code: MessageKey,
  severity: Issue['severity'],
  cell: string,
  params: Record<string, string | number> = {},
): void {
  check.issues.push(createIssue(check.ctx, code, severity, check.table.sheet, cell, params));
}

function valueAt(grid: Grid, a1: string): CellValue {
  const r = parseRange(a1);
  return r === null ? null : cellAt(grid, r.top, r.left);
}

/** The item's cell for `role`, unless it holds a spreadsheet error (reported once, by `findCellErrors`). */
function checkedCell(check: TableCheck, item: ActionItem, role: ColumnRole): string | null {
  const cell = roleCell(check.table, item, role);
  return cell !== null && spreadsheetErrorOf(valueAt(check.grid, cell)) === null ? cell : null;
}

/** A status no rule knows, or none, where the table has a status column. */
function checkStatus(check: TableCheck, item: ActionItem): void {
  if (check.table.columns.status === undefined) return;
  const cell = checkedCell(check, item, 'status');
  if (cell === null) return;
  if (item.status === 'unknown') report(check, 'status.unknown', 'warning', cell, { value: item.statusText, examples: check.examples });
  if (item.status === 'missing') report(check, 'status.missing', 'warning', cell, { examples: check.examples });
}

/** A schedule that cannot be read, or that ends before it starts (re-read: the item keeps only its dates). */
function checkSchedule(check: TableCheck, item: ActionItem): void {
  const cell = checkedCell(check, item, 'schedule');
  if (cell === null) return;
  const parsed = parseSchedule(valueAt(check.grid, cell));
  if (!parsed.readable) {
    report(check, 'schedule.unreadable', 'warning', cell, { value: parsed.text });
  } else if (parsed.start !== null && parsed.end !== null && parsed.end < parsed.start) {
    report(check, 'schedule.backwards', 'error', cell, {
      value: parsed.text,
      start: formatIsoDate(parsed.start, check.ctx),
      end: formatIsoDate(parsed.end, check.ctx),
    });
  }
}

/** No owner where the table has an owner column; a continuation row shares the owner of the action it continues. */
function checkOwner(check: TableCheck, item: ActionItem): void {
  const ownerless = item.owner === null || item.owner.trim() === '';
  if (check.table.columns.owner === undefined || !ownerless || item.continuation) return;
  const cell = checkedCell(check, item, 'owner');
  if (cell !== null) report(check, 'owner.missing', 'info', cell, { action: quote(item.action) });
}

/** An action number used before in the same section and category; a continuation row repeats its action's number. */
function checkNumber(check: TableCheck, item: ActionItem, numbersSeen: Map<string | null, Map<string | null, Map<string, number>>>): void {
  const key = item.number === null ? '' : numberKey(item.number);
  if (item.continuation || key === '') return;
  const seen = scopeOf(numbersSeen, item.section, item.category);
  const firstRow = seen.get(key);
  if (firstRow === undefined) {
    seen.set(key, item.row);
    return;
  }
  const cell = roleCell(check.table, item, 'action') ?? roleCell(check.table, item, 'number');
  if (cell !== null) report(check, 'action.duplicateNumber', 'warning', cell, { number: item.number ?? '', firstRow });
}

/** The numbers seen in one section and category, made on first use. */
function scopeOf(
  seen: Map<string | null, Map<string | null, Map<string, number>>>,
  section: string | null,
  category: string | null,
): Map<string, number> {
  let bySection = seen.get(section);
  if (bySection === undefined) seen.set(section, (bySection = new Map()));
  let numbers = bySection.get(category);
  if (numbers === undefined) bySection.set(category, (numbers = new Map()));
  return numbers;
}

/**
 * "1.a", "1. a" and "1.a." are one number; "1.1" and "11" stay apart. Numbers repeat from table to
 * table ("1.a", "2.b"), so each is keyed once.
 */
const numberKey = memoize((number: string): string =>
  number
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[.):]+$/, ''),
);

function quote(action: string): string {
  const text = action.replace(/\s+/g, ' ').trim();
  return text.length <= ACTION_QUOTE_MAX ? text : `${text.slice(0, ACTION_QUOTE_MAX - 1).trimEnd()}…`;
}
