import { seed002BudgetGrid, type LineEdit } from '../../../fixtures/seed002Budget';
import { getLocale } from '../locales/getLocale';
import type { Lang } from '../schema/report';
import { assignBudgetLevels } from './assignBudgetLevels';
import { budgetVocabulary } from './budgetVocabulary';
import { checkBudgetSums } from './checkBudgetSums';
import { locateBudgetTables } from './locateBudgetTables';

function sumIssues(edit?: LineEdit, lang: Lang = 'fi') {
  const grid = seed002BudgetGrid(edit);
  const layout = locateBudgetTables(grid)[0];
  if (!layout) throw new Error('no table');
  const structure = assignBudgetLevels(layout.lines, budgetVocabulary(), layout.columns);
  return checkBudgetSums(layout, structure, grid.sheet, { asOf: '2023-08-15', lang, locale: getLocale(lang) });
}

describe('checkBudgetSums', () => {
  it('finds nothing in the seed, whose costs sum to one unit off their total (rounding)', () => {
    expect(sumIssues()).toEqual([]);
  });

  it('gives an error at the total of a column whose subrows no longer add up, naming the figures', () => {
    // Fees (a revenue subrow) mistyped 50 too high in the budget column.
    const issues = sumIssues((l, i) => (i === 2 ? { ...l, budget: l.budget + 50 } : l));
    expect(issues.map((i) => [i.cell, i.code, i.severity])).toEqual([['B4', 'budget.sumMismatch', 'error']]);
    expect(issues[0]?.message).toBe(
      "Rivin 'Toimintatuotot - Verksamhetsintäkter' summa 30\u00a0842 ei täsmää alarivien summaan 30\u00a0892 (erotus −50).",
    );
  });

  it('gives an error at a result line that is not the totals above it added up', () => {
    const issues = sumIssues((l, i) => (i === 11 ? { ...l, forecast: l.forecast + 900 } : l), 'en');
    expect(issues.map((i) => [i.cell, i.code])).toEqual([['E15', 'budget.resultMismatch']]);
    expect(issues[0]?.message).toContain('+900');
  });

  it('does not check a column where a line summed cannot be read (that cell has its own error)', () => {
    expect(sumIssues((l, i) => (i === 2 ? { ...l, budget: 'n/a' as unknown as number } : l))).toEqual([]);
  });
});
