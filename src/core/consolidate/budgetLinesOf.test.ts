import { budgetBesideActions } from '../../../fixtures/layouts';
import { seed002BudgetGrid, seed002BudgetTextGrid } from '../../../fixtures/seed002Budget';
import { buildReport } from '../buildReport';
import { budgetLinesOf } from './budgetLinesOf';

const opts = { asOf: '2023-06-30', lang: 'fi' as const };

describe('budgetLinesOf', () => {
  it('takes the total lines with their amounts and the two percentages', () => {
    const lines = budgetLinesOf(buildReport({ fileName: null, sheets: [budgetBesideActions] }, opts));
    expect(lines.map((l) => l.label)).toEqual(['Toimintatuotot', 'Toimintakulut', 'Toimintakate']);
    expect(lines[0]).toEqual({
      label: 'Toimintatuotot',
      unit: '1 000 €',
      budget: 30842,
      actual: 15021,
      forecast: 31200,
      actualVsBudgetPct: 48.7,
      forecastVsBudgetPct: 101.2,
    });
  });

  it('counts a line once when the workbook has the table twice (as numbers and as text)', () => {
    const twice = buildReport({ fileName: null, sheets: [seed002BudgetGrid(), seed002BudgetTextGrid()] }, opts);
    expect(twice.budgetTables).toHaveLength(2);
    const lines = budgetLinesOf(twice);
    expect(lines).toHaveLength(3);
    expect(lines[0]?.budget).toBe(30842);
  });
});
