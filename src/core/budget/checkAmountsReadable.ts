/** The error for an amount cell that is not a number: it is never read as zero. */
import { cellAddress } from '../a1/cellAddress';
import type { CoreContext } from '../context';
import { createIssue } from '../issues/createIssue';
import type { Issue } from '../schema/report';
import type { BudgetLine } from './readBudgetBody';

/**
 * An error at each amount that could not be read, quoting it, line by line. A spreadsheet error (`#REF!`)
 * is left to `findCellErrors`, so it is reported once.
 * @example checkAmountsReadable(lines, 'Talousarvio', ctx)[0]?.message //=> "Arvoa 'n/a' ei voi lukea luvuksi. …"
 */
export function checkAmountsReadable(lines: readonly BudgetLine[], sheet: string, ctx: CoreContext): Issue[] {
  return lines.flatMap((line) =>
    [...line.unreadable.values()].flatMap(({ col, text }) =>
      text === null ? [] : [createIssue(ctx, 'budget.notNumber', 'error', sheet, cellAddress(line.row, col), { value: text })],
    ),
  );
}
