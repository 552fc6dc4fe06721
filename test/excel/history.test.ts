/** Two quarters through the Office.js host over the fake Excel: the same changes as the CLI, in as many syncs as before. */
import { generateSummary } from '../../src/app/generateSummary';
import type { SeurantaSettings } from '../../src/app/workbookHost';
import type { CellValue, WorkbookData } from '../../src/core';
import { createOfficeWorkbookHost } from '../../src/excel/createOfficeWorkbookHost';
import { readWorkbook } from '../../src/excel/readWorkbook';
import {
  FIRST_QUARTER,
  firstQuarterWorkbook,
  SECOND_QUARTER,
  SECOND_QUARTER_CHANGES,
  secondQuarterEdits,
  SERVICES,
  USER_HISTORY,
  INDICATORS,
  WELLBEING,
} from '../../fixtures/twoQuarters';
import { createFakeWorkbook, HOST_VERSIONS, installFakeOffice, type FakeWorkbook } from '../fake-excel';

const settings = (asOf: string): SeurantaSettings => ({ lang: 'fi', asOf, skipSheets: [] });

/** The workbook as the user saved it: every sheet's values, the tool's sheets with their markers. */
function saved(wb: FakeWorkbook): WorkbookData {
  return {
    fileName: null,
    sheets: wb.snapshot().sheets.map((s) => ({ sheet: s.name, origin: { row: 1, col: 1 }, values: s.values, tables: [] })),
  };
}

describe.each(HOST_VERSIONS)('two quarters on the Office.js host at ExcelApi %s', (excelApi) => {
  const install = (data: WorkbookData) => installFakeOffice(globalThis, createFakeWorkbook(data.sheets, { excelApi }));

  it('lists every change once, keeps two snapshots, replaces on a rerun, and leaves the user’s cells alone', async () => {
    const march = install(firstQuarterWorkbook());
    const first = await generateSummary(createOfficeWorkbookHost(), settings(FIRST_QUARTER));
    expect(first.report.changes).toBeNull();
    expect(march.sheetNames()).toEqual([WELLBEING, SERVICES, INDICATORS, USER_HISTORY, 'Yhteenveto', 'Seurantahistoria (2)']);

    const edited = secondQuarterEdits(saved(march));
    const june = install(edited);
    const userBefore = [WELLBEING, SERVICES, USER_HISTORY].map((n) => june.sheet(n));
    const second = await generateSummary(createOfficeWorkbookHost(), settings(SECOND_QUARTER));
    expect(second.report.changes).toEqual(SECOND_QUARTER_CHANGES);
    expect(second.report.history.map((h) => h.asOf)).toEqual([FIRST_QUARTER, SECOND_QUARTER]);
    const syncs = june.stats.syncs;

    june.resetStats();
    const third = await generateSummary(createOfficeWorkbookHost(), settings(SECOND_QUARTER));
    expect(third.report.history.map((h) => h.asOf)).toEqual([FIRST_QUARTER, SECOND_QUARTER]);
    expect(third.report.changes).toEqual(SECOND_QUARTER_CHANGES);
    // The history is one more plan in the same writes and one more grid in the same read: no sync of its own.
    expect(june.stats.syncs).toBe(syncs);
    // Main's bound for a summary (test/excel/syncCounts.test.ts): read in two, a third for budget indents, the write in one.
    expect(syncs).toBeLessThanOrEqual(4);
    expect(june.sheetNames()).toEqual([WELLBEING, SERVICES, INDICATORS, USER_HISTORY, 'Yhteenveto', 'Seurantahistoria (2)']);
    expect([WELLBEING, SERVICES, USER_HISTORY].map((n) => june.sheet(n))).toEqual(userBefore);
  });

  it('reads the history sheet as far as its table of actions reaches, and all of A to Y once the table is gone', async () => {
    const wb = install(firstQuarterWorkbook());
    await generateSummary(createOfficeWorkbookHost(), settings(FIRST_QUARTER));
    await generateSummary(createOfficeWorkbookHost(), settings(SECOND_QUARTER));
    // The history's rows under the marker's: the first reaches out to the marker in AZ whatever is read.
    const historyRows = async () =>
      ((await readWorkbook()).workbook.sheets.find((g) => g.sheet === 'Seurantahistoria (2)')?.values ?? []).slice(1);
    const widthOf = (rows: CellValue[][]) => Math.max(...rows.map((r) => r.length));
    const withTable = await historyRows();
    // Key, sheet, row, number, action and the two reports' columns: not the marker's empty columns up to Y.
    expect(widthOf(withTable)).toBe(7);

    install(saved(wb));
    const withoutTable = await historyRows();
    expect(widthOf(withoutTable)).toBe(25);
    // Nothing the wider read finds was left out of the narrower one.
    expect(withoutTable.map((r) => r.slice(0, 7))).toEqual(withTable);
    expect(withoutTable.every((r) => r.slice(7).every((c) => c === null))).toBe(true);
  });
});
