/** The generated sheets as the board gets them from Excel: tables to filter, rows fitted, the page layout where the host has it. */
import { generateSummary } from '../../src/app/generateSummary';
import { columnNumber, parseRange, planSheets, type WorkbookData } from '../../src/core';
import { createOfficeWorkbookHost } from '../../src/excel/createOfficeWorkbookHost';
import { seed000Workbook } from '../../fixtures/seed000';
import { createFakeWorkbook, HOST_VERSIONS, installFakeOffice } from '../fake-excel';
import { hostHas } from '../fake-excel/requirements';

const SETTINGS = { lang: 'fi' as const, asOf: '2024-06-30', skipSheets: [] };

/** Seed 000 with a sheet of the manager's own whose table already has the name the summary wants for its owners. */
function workbook(): WorkbookData {
  const data = seed000Workbook();
  return {
    ...data,
    sheets: [
      ...data.sheets,
      {
        sheet: 'Omat',
        origin: { row: 1, col: 1 },
        values: [
          ['Nimi', 'Rooli'],
          ['Anna Virtanen', 'Palvelupäällikkö'],
        ],
        tables: [{ name: 'Vastuuhenkilöt', range: 'A1:B2', showHeaders: true }],
      },
    ],
  };
}

describe.each(HOST_VERSIONS)('the summary for the board over the fake Excel at ExcelApi %s', (excelApi) => {
  const has = (requirement: string): boolean => hostHas({ excelApi, platform: 'OfficeOnline' }, requirement);

  it('makes the lists filterable tables, named apart from the manager’s, clear of the marker, and fits the rows to their text', async () => {
    const wb = installFakeOffice(globalThis, createFakeWorkbook(workbook().sheets, { excelApi }));
    const { report, sheet } = await generateSummary(createOfficeWorkbookHost(), SETTINGS);
    const plan = planSheets(report, ['summary'])[0];
    const written = wb.sheet(sheet);
    expect(plan?.tables?.length).toBeGreaterThan(0);
    expect(written?.tables).toEqual(
      (plan?.tables ?? []).map((t) => ({
        name: t.name === 'Vastuuhenkilöt' ? 'Vastuuhenkilöt_2' : t.name,
        range: t.range,
        showHeaders: true,
        style: 'TableStyleLight1',
        showBandedRows: true,
        showFilterButton: true,
      })),
    );
    expect(wb.sheet('Omat')?.tables.map((t) => t.name)).toEqual(['Vastuuhenkilöt']);
    for (const t of written?.tables ?? []) expect(parseRange(t.range)?.right).toBeLessThan(columnNumber('AZ'));
    expect(written?.autofitRows).toEqual([`A1:K${plan?.values.length}`]);
  });

  it('sets A4 landscape, one page wide, header, footer and title rows where ExcelApi 1.9 has page layout, and writes the sheet alike without it', async () => {
    const wb = installFakeOffice(globalThis, createFakeWorkbook(workbook().sheets, { excelApi }));
    const { report, sheet } = await generateSummary(createOfficeWorkbookHost(), SETTINGS);
    const page = planSheets(report, ['summary'])[0]?.pageSetup;
    const layout = wb.sheet(sheet)?.pageLayout;
    if (has('ExcelApi 1.9')) {
      expect(layout).toEqual({
        orientation: 'Landscape',
        paperSize: 'A4',
        printGridlines: false,
        zoom: { horizontalFitToPages: 1 },
        margins: { left: 36, right: 36, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
        headerFooter: {
          leftHeader: 'Seurannan yhteenveto',
          centerHeader: '',
          rightHeader: 'Tilanne 30.6.2024',
          leftFooter: '',
          centerFooter: 'Sivu &P / &N',
          rightFooter: '',
        },
        printTitleRows: `$1:$${page?.titleRows}`,
      });
    } else {
      expect(layout).toMatchObject({ orientation: 'Portrait', paperSize: 'Letter', printTitleRows: null });
      expect(wb.sheet(sheet)?.tables.length).toBeGreaterThan(0);
    }
  });

  it('regenerates the tables where they stand under the same names, and never reads them back as the manager’s tables', async () => {
    const wb = installFakeOffice(globalThis, createFakeWorkbook(workbook().sheets, { excelApi }));
    const first = await generateSummary(createOfficeWorkbookHost(), SETTINGS);
    const names = wb.sheet(first.sheet)?.tables.map((t) => t.name);
    expect(names?.length).toBeGreaterThan(0);
    const again = await generateSummary(createOfficeWorkbookHost(), SETTINGS);
    expect(again.sheet).toBe(first.sheet);
    expect(wb.sheet(again.sheet)?.tables.map((t) => t.name)).toEqual(names);
    const everyTable = wb.snapshot().sheets.flatMap((s) => s.tables.map((t) => t.name));
    // The manager's one table, and the history's items (one table however often the summary is regenerated).
    expect(everyTable).toHaveLength((names?.length ?? 0) + 2);
    expect(everyTable.filter((n) => n === 'Historia')).toHaveLength(1);
    expect(again.report.totals).toEqual(first.report.totals);
    expect(again.report.actionTables.map((t) => t.sheet)).not.toContain(first.sheet);
  });
});
