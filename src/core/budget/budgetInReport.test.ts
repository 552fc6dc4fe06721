import { seed002BudgetGrid, seed002BudgetTextGrid, seed002BudgetWorkbook } from '../../../fixtures/seed002Budget';
import { parseRange } from '../a1/parseRange';
import { buildReport } from '../buildReport';
import type { CellValue, Grid } from '../grid';
import { planSheets } from '../planSheets';
import { reportSchema } from '../schema/report';

/** The seed's budget as text, and below it seed 002's action template, on one sheet. */
function budgetAndActions(): Grid {
  const budget = seed002BudgetTextGrid();
  const actions: CellValue[][] = [
    [],
    [],
    [null, 'Tavoite', 'Toimenpide', 'Aikataulu', 'Vastuutaho/henkilöt', 'Mittari', 'Toteuma'],
    [
      null,
      'Palvelut saavutetaan helposti',
      'Digitaalisten palvelujen laajentaminen',
      'Syksy 2024',
      'Palvelujohtaja',
      'Asiointien määrä',
      'Käynnissä',
    ],
    [null, null, 'Vuokratyövoiman käytön vähentäminen', '9-12/24 mennessä', 'HR-johtaja', 'Vuokratyön eurot', 'Ei aloitettu'],
  ];
  return { ...budget, values: [...budget.values, ...actions] };
}

describe('budget tables in the report', () => {
  it('reports seed 002’s budget table as a budget, never as an action table, without errors', () => {
    const report = buildReport(seed002BudgetWorkbook(), { asOf: '2023-08-15', lang: 'fi' });
    expect(() => reportSchema.parse(report)).not.toThrow();
    expect(report.budgetTables).toHaveLength(1);
    expect(report.actionTables).toEqual([]);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('finds both tables on a sheet that has a budget above an action table, neither inside the other', () => {
    const report = buildReport({ fileName: null, sheets: [budgetAndActions(), seed002BudgetGrid()] }, { asOf: '2023-08-15', lang: 'fi' });
    expect(report.budgetTables.map((t) => `${t.sheet}!${t.range}`)).toEqual(['Sote TA-esitys 2024!C9:M21', 'Talousarvio!A3:K15']);
    const budget = parseRange('C9:M21');
    for (const t of report.actionTables) {
      const r = parseRange(t.range);
      expect(r !== null && budget !== null && r.top > budget.bottom).toBe(true);
      expect(t.items.map((i) => i.statusText)).toEqual(['Käynnissä', 'Ei aloitettu']);
    }
    expect(report.actionTables).toHaveLength(1);
  });

  it('writes the budget comparison sheet with the report', () => {
    const report = buildReport(seed002BudgetWorkbook(), { asOf: '2023-08-15', lang: 'sv' });
    expect(planSheets(report).map((p) => p.kind)).toContain('budget');
    expect(planSheets(report, ['budget']).map((p) => p.name)).toEqual(['Budgetjämförelse']);
  });
});
