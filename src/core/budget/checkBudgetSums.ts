/** Checks that totals add up: each total line against its subrows, each result line against the totals above it. */
import { cellAddress } from '../a1/cellAddress';
import type { CoreContext } from '../context';
import { createIssue } from '../issues/createIssue';
import type { BudgetColumn, Issue } from '../schema/report';
import type { BudgetStructure } from './assignBudgetLevels';
import { formatBudgetNumber } from './formatBudgetNumber';
import type { BudgetTableLayout } from './locateBudgetTables';
import { withinRounding } from './withinRounding';

type SumCode = 'budget.sumMismatch' | 'budget.resultMismatch';

/**
 * Errors at the totals that do not add up beyond rounding (`withinRounding`), column by column, naming
 * the total, the sum and the difference: a total line ("Toimintatuotot") against its subrows, and a result
 * line ("Toimintakate") against the totals since the previous result line (when there are two or more).
 * A column where any of the lines summed could not be read is not checked: its cell has its own error.
 * @example checkBudgetSums(layout, structure, 'Talousarvio', ctx)[0]?.message
 * //=> "Rivin 'Toimintatuotot - Verksamhetsintäkter' summa 30 842 ei täsmää alarivien summaan 30 892 (erotus −50)."
 */
export function checkBudgetSums(layout: BudgetTableLayout, structure: BudgetStructure, sheet: string, ctx: CoreContext): Issue[] {
  const issues: Issue[] = [];
  for (const group of structure.groups) {
    issues.push(...checkSum(layout, group.total, group.subs, 'budget.sumMismatch', sheet, ctx));
  }
  let since = 0;
  for (const result of structure.results) {
    const totals = structure.groups.filter((g) => g.total >= since && g.total < result).map((g) => g.total);
    since = result + 1;
    if (totals.length >= 2) issues.push(...checkSum(layout, result, totals, 'budget.resultMismatch', sheet, ctx));
  }
  return issues;
}

/** Line `total` against the sum of `parts` (line indexes), in every amount column. */
function checkSum(
  layout: BudgetTableLayout,
  total: number,
  parts: readonly number[],
  code: SumCode,
  sheet: string,
  ctx: CoreContext,
): Issue[] {
  const line = layout.lines[total];
  if (!line) return [];
  const fmt = (n: number, decimals = 0) => formatBudgetNumber(n, ctx.lang, decimals);
  const issues: Issue[] = [];
  for (const c of layout.columns) {
    const t = line.values[c];
    const sum = sumOf(layout, parts, c, code === 'budget.resultMismatch');
    if (t === null || sum === null || !readable(layout, [total, ...parts], c)) continue;
    const difference = t - sum;
    if (withinRounding(difference, parts.length)) continue;
    const shown = Math.round(difference * 1e6) / 1e6;
    issues.push(
      createIssue(ctx, code, 'error', sheet, cellAddress(line.row, layout.header.amounts.get(c)?.col ?? 0), {
        label: line.label,
        total: fmt(t, 2),
        sum: fmt(sum, 2),
        difference: (shown > 0 ? '+' : '') + fmt(shown),
      }),
    );
  }
  return issues;
}

/**
 * The sum of the parts' amounts in column `c`; null when there is nothing to sum. Subrows left empty are
 * no part of a total; a result line's totals must all be there.
 */
function sumOf(layout: BudgetTableLayout, parts: readonly number[], c: BudgetColumn, allNeeded: boolean): number | null {
  const values = parts.map((i) => layout.lines[i]?.values[c] ?? null);
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0 || (allNeeded && present.length < values.length)) return null;
  return present.reduce((a, b) => a + b, 0);
}

function readable(layout: BudgetTableLayout, lines: readonly number[], c: BudgetColumn): boolean {
  return lines.every((i) => !layout.lines[i]?.unreadable.has(c));
}
