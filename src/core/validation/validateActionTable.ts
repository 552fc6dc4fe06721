/** Checks one detected action table row by row and says, at the cell, what a manager must fix. */
import { parseRange } from '../a1/parseRange';
import { cellAddress } from '../a1/cellAddress';
import { cellAt } from '../cellAt';
import type { CoreContext } from '../context';
import type { CellValue, Grid } from '../grid';
import { createIssue } from '../issues/createIssue';
import { memoize } from '../memo/memoize';
import { parseSchedule } from '../schedule/parseSchedule';
import type { ActionTable, Issue } from '../schema/report';
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
  const issues: Issue[] = [];
  const issue = (code: Parameters<typeof createIssue>[1], severity: Issue['severity'], cell: string, params = {}) =>
    issues.push(createIssue(ctx, code, severity, table.sheet, cell, params));
  const valueAt = (a1: string): CellValue => {
    const r = parseRange(a1);
    return r === null ? null : cellAt(grid, r.top, r.left);
  };
  const holdsError = (a1: string | null) => a1 !== null && spreadsheetErrorOf(valueAt(a1)) !== null;
  const examples = ctx.locale.statusExamples.join(', ');
  const hasStatus = table.columns.status !== undefined;

  if (!hasStatus) {
    const left = parseRange(table.range)?.left ?? 1;
    issue('table.noStatus', 'info', cellAddress(table.headerRow, left), { examples });
  }

  /**
   * Section → repeated-header category → action number key → the row it was first seen on. Maps in
   * maps keyed by the items' own strings, not a joined key: a new string per item was measurable.
   */
  const numbersSeen = new Map<string | null, Map<string | null, Map<string, number>>>();

  for (const item of table.items) {
    if (hasStatus) {
      const cell = roleCell(table, item, 'status');
      if (cell !== null && !holdsError(cell)) {
        if (item.status === 'unknown') issue('status.unknown', 'warning', cell, { value: item.statusText, examples });
        if (item.status === 'missing') issue('status.missing', 'warning', cell, { examples });
      }
    }

    const scheduleCell = roleCell(table, item, 'schedule');
    if (scheduleCell !== null && !holdsError(scheduleCell)) {
      const parsed = parseSchedule(valueAt(scheduleCell));
      if (!parsed.readable) {
        issue('schedule.unreadable', 'warning', scheduleCell, { value: parsed.text });
      } else if (parsed.start !== null && parsed.end !== null && parsed.end < parsed.start) {
        issue('schedule.backwards', 'error', scheduleCell, {
          value: parsed.text,
          start: formatIsoDate(parsed.start, ctx),
          end: formatIsoDate(parsed.end, ctx),
        });
      }
    }

    // A continuation row shares the owner of the action it continues (merged cells read that way).
    const ownerless = item.owner === null || item.owner.trim() === '';
    if (table.columns.owner !== undefined && ownerless && !item.continuation) {
      const cell = roleCell(table, item, 'owner');
      if (cell !== null && !holdsError(cell)) issue('owner.missing', 'info', cell, { action: quote(item.action) });
    }

    // A continuation row repeats the action it continues; its number is not a second use.
    const key = item.number === null ? '' : numberKey(item.number);
    if (!item.continuation && key !== '') {
      const seen = scopeOf(numbersSeen, item.section, item.category);
      const firstRow = seen.get(key);
      if (firstRow === undefined) {
        seen.set(key, item.row);
      } else {
        const cell = roleCell(table, item, 'action') ?? roleCell(table, item, 'number');
        if (cell !== null) issue('action.duplicateNumber', 'warning', cell, { number: item.number ?? '', firstRow });
      }
    }
  }
  return issues;
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
const numberKey = memoize((number: string): string => number.toLowerCase().replace(/\s+/g, '').replace(/[.):]+$/, ''));

function quote(action: string): string {
  const text = action.replace(/\s+/g, ' ').trim();
  return text.length <= ACTION_QUOTE_MAX ? text : `${text.slice(0, ACTION_QUOTE_MAX - 1).trimEnd()}…`;
}
