/** The pace check: a cost line that has used more of its budget than the part of the year passed. */
import { cellAddress } from '../a1/cellAddress';
import type { CoreContext } from '../context';
import { createIssue } from '../issues/createIssue';
import type { Issue } from '../schema/report';
import { PACE_TOLERANCE_PCT } from './budgetTolerances';
import { formatActualPeriod } from './formatActualPeriod';
import { formatBudgetNumber } from './formatBudgetNumber';
import type { BudgetLine } from './readBudgetBody';
import type { ActualPeriod } from './readActualPeriod';
import { yearShare } from './yearShare';

/** The actuals column of a table whose actuals cover part of the year. */
export interface PartialActuals {
  readonly col: number;
  readonly period: ActualPeriod;
}

/**
 * A warning at the line's actual when it is a cost (budget and actual negative or zero) that has used
 * more of its budget than the year's share (`yearShare`) plus `PACE_TOLERANCE_PCT` points; else null.
 * Revenue under its pace is not flagged: revenue arrives unevenly (seed 002's sales are at 35 % after
 * half a year with a forecast of 107 %), so a pace rule would mostly raise false alarms.
 * @example checkPace(materialsLine, { col: 3, period: { fromMonth: 1, toMonth: 6, year: 2023 } }, 'Talousarvio', ctx)?.message
 * //=> "Rivin 'Aineet, tarvikkeet ja tavarat - …' toteuma on 52,5 % talousarviosta, vaikka kaudella 1-6/2023 vuodesta on kulunut 50 %."
 */
export function checkPace(line: BudgetLine, actuals: PartialActuals | null, sheet: string, ctx: CoreContext): Issue | null {
  const { budget, actual } = line.values;
  if (actuals === null || budget === null || actual === null || budget >= 0 || actual > 0) return null;
  const share = yearShare(actuals.period) * 100;
  const used = (actual / budget) * 100;
  if (used <= share + PACE_TOLERANCE_PCT) return null;
  return createIssue(ctx, 'budget.overPace', 'warning', sheet, cellAddress(line.row, actuals.col), {
    label: line.label,
    used: formatBudgetNumber(used, ctx.lang, 1),
    share: formatBudgetNumber(share, ctx.lang, 1),
    period: formatActualPeriod(actuals.period),
  });
}
