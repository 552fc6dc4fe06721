/** Checks the sheet's own computed columns ("TOT vs. TA %", "KEHYS24 vs. TAE24") against the figures recomputed. */
import { cellAddress } from '../a1/cellAddress';
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import { createIssue } from '../issues/createIssue';
import { isCellError } from '../isCellError';
import { parseNumber, type ParsedNumber } from '../numbers/parseNumber';
import type { BudgetComparison, Issue } from '../schema/report';
import type { HeaderColumn } from './budgetHeader';
import { COMPUTED_DIFFERENCE_TOLERANCE, COMPUTED_PCT_TOLERANCE } from './budgetTolerances';
import { formatBudgetNumber } from './formatBudgetNumber';
import type { BudgetLine } from './readBudgetBody';

/**
 * Warnings at the line's computed cells that differ from `expected` (`compareBudgetAmounts` of the line)
 * by more than `COMPUTED_PCT_TOLERANCE` points for a percent or `COMPUTED_DIFFERENCE_TOLERANCE` units for
 * the frame difference, and at those that are not numbers. Empty cells and figures that cannot be
 * recomputed are left alone.
 * @example checkComputedColumns(grid, line, header.computed, compareBudgetAmounts(line.values), 'Talousarvio', ctx)[0]?.message
 * //=> "Sarakkeen 'KEHYS24 vs. TAE24 Ram24 vs. Prop24' arvo 26 poikkeaa uudelleen lasketusta 23."
 */
export function checkComputedColumns(
  grid: Grid,
  line: BudgetLine,
  computed: ReadonlyMap<BudgetComparison, HeaderColumn>,
  expected: Readonly<Record<BudgetComparison, number | null>>,
  sheet: string,
  ctx: CoreContext,
): Issue[] {
  const fmt = (n: number, decimals = 0) => formatBudgetNumber(n, ctx.lang, decimals);
  const issues: Issue[] = [];
  for (const [key, column] of computed) {
    const value = cellAt(grid, line.row, column.col);
    const parsed = parseNumber(value);
    const cell = cellAddress(line.row, column.col);
    if (parsed.kind === 'invalid') {
      if (!isCellError(value)) issues.push(createIssue(ctx, 'budget.notNumber', 'warning', sheet, cell, { value: parsed.text }));
      continue;
    }
    const figure = expected[key];
    if (parsed.kind === 'empty' || figure === null) continue;
    const isPct = key !== 'proposalMinusFrame';
    const written = writtenFigure(parsed, figure, isPct);
    if (Math.abs(written - figure) <= (isPct ? COMPUTED_PCT_TOLERANCE : COMPUTED_DIFFERENCE_TOLERANCE) + 1e-9) continue;
    issues.push(
      createIssue(ctx, 'budget.computedMismatch', 'warning', sheet, cell, {
        header: column.header,
        value: typeof value === 'string' ? cellText(value) : isPct ? `${fmt(written, 1)} %` : fmt(written),
        expected: isPct ? `${fmt(figure, 1)} %` : fmt(figure),
      }),
    );
  }
  return issues;
}

/**
 * The figure the cell shows: a percent typed as "50 %" is 50, a number formatted as percent reaches the
 * core as 0.5, and "50" alone is 50; of the readings a plain number allows, the one nearest the figure.
 */
function writtenFigure(parsed: Extract<ParsedNumber, { kind: 'number' }>, expected: number, isPct: boolean): number {
  const candidates = !isPct || parsed.percent ? [parsed.value] : [parsed.value * 100, parsed.value];
  return candidates.reduce((a, b) => (Math.abs(b - expected) < Math.abs(a - expected) ? b : a));
}
