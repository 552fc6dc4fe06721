import { seed002BudgetGrid, seed002BudgetTextGrid, type LineEdit } from '../../../fixtures/seed002Budget';
import type { Grid } from '../grid';
import { getLocale } from '../locales/getLocale';
import { checkComputedColumns } from './checkComputedColumns';
import { compareBudgetAmounts } from './compareBudgetAmounts';
import { locateBudgetTables } from './locateBudgetTables';

const ctx = { asOf: '2023-08-15', lang: 'fi' as const, locale: getLocale('fi') };

function computedIssues(grid: Grid) {
  const layout = locateBudgetTables(grid)[0];
  if (!layout) throw new Error('no table');
  return layout.lines.flatMap((line) =>
    checkComputedColumns(grid, line, layout.header.computed, compareBudgetAmounts(line.values), grid.sheet, ctx),
  );
}

describe('checkComputedColumns', () => {
  it('accepts every figure the seed prints, as fractions under a percent format or as "50 %" text', () => {
    expect(computedIssues(seed002BudgetGrid())).toEqual([]);
    expect(computedIssues(seed002BudgetTextGrid())).toEqual([]);
  });

  it('warns at a percent more than a point off, and says what it should be', () => {
    const edit: LineEdit = (l, i) => (i === 0 ? { ...l, printedForecastVsBudgetPct: 110 } : l);
    const issues = computedIssues(seed002BudgetGrid(edit));
    expect(issues.map((i) => [i.cell, i.code, i.severity])).toEqual([['F4', 'budget.computedMismatch', 'warning']]);
    expect(issues[0]?.message).toBe("Sarakkeen 'ENN vs. TA % Prog. vs. Bud. %' arvo 110 % poikkeaa uudelleen lasketusta 106 %.");
  });

  it("warns at a frame difference more than two units off, and accepts the seed's one-unit ones", () => {
    const edit: LineEdit = (l, i) =>
      i === 1 ? { ...l, printedProposalMinusFrame: 26 } : i === 2 ? { ...l, printedProposalMinusFrame: 882 } : l;
    expect(computedIssues(seed002BudgetGrid(edit)).map((i) => i.cell)).toEqual(['K5']);
  });

  it('warns at a computed cell that is not a number, quoting it', () => {
    const issues = computedIssues(
      seed002BudgetTextGrid((l, i) => (i === 0 ? { ...l, printedActualVsBudgetPct: 'puolet' as unknown as number } : l)),
    );
    expect(issues.map((i) => [i.cell, i.code, i.severity])).toEqual([['F10', 'budget.notNumber', 'warning']]);
  });
});
