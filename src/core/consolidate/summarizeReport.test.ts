import { problemsWorkbook } from '../../../fixtures/problems';
import { budgetBesideActions } from '../../../fixtures/layouts';
import { buildReport } from '../buildReport';
import { workbookSummarySchema } from '../schema/consolidation';
import { summarizeReport } from './summarizeReport';

const report = buildReport(problemsWorkbook(), { asOf: '2022-06-30', lang: 'fi' });

describe('summarizeReport', () => {
  const summary = summarizeReport(report, 'yksiköt/Työhyvinvointi.xlsx');

  it('keeps the report’s own totals and counts its issues by severity', () => {
    expect(workbookSummarySchema.parse(summary)).toEqual(summary);
    expect(summary.totals).toEqual({ total: report.totals.total, byStatus: report.totals.byStatus });
    expect(summary.issues).toEqual({
      error: report.issues.filter((i) => i.severity === 'error').length,
      warning: report.issues.filter((i) => i.severity === 'warning').length,
      info: report.issues.filter((i) => i.severity === 'info').length,
    });
    expect(summary).toMatchObject({ ok: true, reason: null, unit: 'Työhyvinvointi' });
  });

  it('names the unit by the workbook’s title where it has one', () => {
    expect(summarizeReport(report, 'yksiköt/th_2024_v2.xlsx', 'Työhyvinvointi, Pori').unit).toBe('Työhyvinvointi, Pori');
  });

  it('lists every overdue action with the file, sheet and cell to find it by', () => {
    const overdue = report.actionTables.flatMap((t) => t.items.filter((i) => i.overdue));
    expect(summary.overdue).toBe(overdue.length);
    expect(summary.overdueActions[0]).toMatchObject({
      file: 'yksiköt/Työhyvinvointi.xlsx',
      sheet: 'Työhyvinvointi',
      cell: 'G8',
      owner: 'Työsuojelupäällikkö',
      schedule: { end: '2021-05-31' },
    });
  });

  it('lists every issue with its file', () => {
    expect(summary.issueList.map((i) => i.file)).toEqual(report.issues.map(() => 'yksiköt/Työhyvinvointi.xlsx'));
    expect(summary.issueList.map((i) => i.message)).toEqual(report.issues.map((i) => i.message));
  });

  it('has no budget for a workbook without budget tables, and the level-0 lines where it has one', () => {
    expect(summary.budget).toBeNull();
    const withBudget = summarizeReport(
      buildReport({ fileName: null, sheets: [budgetBesideActions] }, { asOf: '2023-06-30', lang: 'fi' }),
      'k.xlsx',
    );
    expect(withBudget.budget?.map((l) => l.label)).toEqual(['Toimintatuotot', 'Toimintakulut', 'Toimintakate']);
  });

  it('carries no indicators for a report without them', () => {
    expect('indicators' in summary).toBe(false);
  });
});
