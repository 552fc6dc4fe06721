import { planGrid, problemsGrid, problemsWorkbook } from '../../fixtures/problems';
import { seed000Workbook } from '../../fixtures/seed000';
import { readUserSheets } from './buildReport';
import type { WorkbookData } from './grid';
import { joinUserSheets } from './joinUserSheets';
import { readUserSheet } from './readUserSheet';

const options = { asOf: '2022-06-30', lang: 'fi' as const };

describe('joinUserSheets', () => {
  it('gives, from sheets read one at a time, the report of the whole workbook read at once', () => {
    const seed = seed000Workbook();
    const workbook: WorkbookData = { fileName: 'kaikki.xlsx', sheets: [...seed.sheets, problemsGrid(), planGrid()] };
    const joined = joinUserSheets(
      workbook.sheets.map((grid) => readUserSheet(grid, options)),
      workbook,
      options,
    );
    expect(joined).toEqual(readUserSheets(workbook, options));
    expect(joined.totals.total).toBe(joined.actionTables.reduce((n, t) => n + t.items.length, 0));
    expect(joined.source).toBe('kaikki.xlsx');
  });

  it('lists the issues sheet by sheet in tab order, and counts nothing of a sheet left out', () => {
    const workbook = problemsWorkbook();
    const [problems, plan] = workbook.sheets.map((grid) => readUserSheet(grid, options));
    const joined = joinUserSheets([problems ?? null, plan ?? null], workbook, options);
    const sheets = joined.issues.map((i) => i.sheet);
    expect(sheets).toEqual(
      [...sheets].sort((a, b) => workbook.sheets.findIndex((g) => g.sheet === a) - workbook.sheets.findIndex((g) => g.sheet === b)),
    );
    const withoutPlan = joinUserSheets([problems ?? null, null], workbook, options);
    expect(withoutPlan.totals.total).toBe(joined.totals.total - (plan?.actionTables.reduce((n, t) => n + t.total, 0) ?? 0));
    expect(withoutPlan.issues.some((i) => i.sheet === workbook.sheets[1]?.sheet)).toBe(false);
  });
});
