/** The add-in's use cases over the Office.js host and the fake Excel: what each button leaves in the workbook. */
import { buildReport, getLocale, planSheets, type WorkbookData } from '../../src/core';
import { createOfficeWorkbookHost } from '../../src/excel/createOfficeWorkbookHost';
import { generateBudgetComparison } from '../../src/app/generateBudgetComparison';
import { validateWorkbook } from '../../src/app/validateWorkbook';
import { readReport } from '../../src/app/readReport';
import { seed002BudgetGrid } from '../../fixtures/seed002Budget';
import { seed000Workbook } from '../../fixtures/seed000';
import { problemsWorkbook } from '../../fixtures/problems';
import { createFakeWorkbook, HOST_VERSIONS, installFakeOffice } from '../fake-excel';

const core = (data: WorkbookData, asOf: string, lang: 'fi' | 'sv' = 'fi') => buildReport({ ...data, fileName: null }, { asOf, lang });

describe.each(HOST_VERSIONS)('use cases on the Office.js host at ExcelApi %s', (excelApi) => {
  const install = (data: WorkbookData) => installFakeOffice(globalThis, createFakeWorkbook(data.sheets, { excelApi }));

  it('validateWorkbook gives the core’s issues for the problems workbook, in Swedish when asked, and writes nothing', async () => {
    const data = problemsWorkbook();
    const wb = install(data);
    const before = wb.snapshot();
    const report = await validateWorkbook(createOfficeWorkbookHost(), { lang: 'sv', asOf: '2024-06-30', skipSheets: [] });
    expect(report.issues).toEqual(core(data, '2024-06-30', 'sv').issues);
    expect(report.issues.length).toBeGreaterThan(3);
    expect(wb.snapshot()).toEqual(before);
  });

  it('generateBudgetComparison writes the budget sheet next to the budget table and activates it', async () => {
    const data: WorkbookData = { fileName: null, sheets: [seed002BudgetGrid()] };
    const wb = install(data);
    const { report, sheet } = await generateBudgetComparison(createOfficeWorkbookHost(), {
      lang: 'fi',
      asOf: '2024-06-30',
      skipSheets: [],
    });
    expect(report.budgetTables.length).toBeGreaterThan(0);
    expect(sheet).toBe(getLocale('fi').budgetSheet.sheetName);
    expect(wb.snapshot().activeSheet).toBe(sheet);
    const plan = planSheets(core(data, '2024-06-30'), ['budget'])[0];
    expect(wb.sheet(sheet ?? '')?.values[0]?.[0]).toBe(plan?.values[0]?.[0]);
    expect(wb.sheet(sheet ?? '')?.values[0]?.[51]).toBe('seuranta:generated:budget');
  });

  it('generateBudgetComparison writes nothing where there is no budget table', async () => {
    const wb = install(seed000Workbook());
    const names = wb.sheetNames();
    const { sheet } = await generateBudgetComparison(createOfficeWorkbookHost(), { lang: 'fi', asOf: '2024-06-30', skipSheets: [] });
    expect(sheet).toBeNull();
    expect(wb.sheetNames()).toEqual(names);
  });

  it('leaves out the sheets the user asked to skip, and judges overdue against today when no date is set', async () => {
    const data = seed000Workbook();
    install(data);
    const skipped = data.sheets[0]?.sheet ?? '';
    const report = await readReport(createOfficeWorkbookHost(), { lang: 'fi', asOf: null, skipSheets: [skipped] }, () => '2031-01-01');
    expect(report.asOf).toBe('2031-01-01');
    expect(report.actionTables.some((t) => t.sheet === skipped)).toBe(false);
    expect(report.totals.total).toBeLessThan(core(data, '2031-01-01').totals.total);
  });
});
