/** The Office.js host reads a workbook the way the core needs it, in a number of syncs that does not grow with the workbook. */
import { buildReport, type CellValue, type Grid, type WorkbookData } from '../../src/core';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { seed000Workbook } from '../../fixtures/seed000';
import { problemsWorkbook, PROBLEMS_SHEET } from '../../fixtures/problems';
import { seed002BudgetGrid, SEED002_NUMBERS_LAYOUT } from '../../fixtures/seed002Budget';
import { createFakeWorkbook, HOST_VERSIONS, installFakeOffice, type FakeWorkbookOptions } from '../fake-excel';
import { hostHas } from '../fake-excel/requirements';

const AS_OF = '2024-06-30';

const reportOf = (data: WorkbookData, lang: 'fi' | 'sv' = 'fi') => buildReport({ ...data, fileName: null }, { asOf: AS_OF, lang });

/** A workstream sheet like seed 000's, `rows` actions long, with the seeds' status words and a header not in A1. */
function bigSheet(name: string, rows: number): Grid {
  const statuses = ['Toteutunut', 'Osittain toteutunut', 'Ei toteutunut', 'Käynnissä', 'Keskeytetty', ' Kyllä', 'Ei /korona'];
  const values: CellValue[][] = [
    ['Hyvinvointialueen toimenpiteet', null, null, null, null],
    [],
    ['Toimenpide', 'Aikataulu', 'Mittarit', 'Vastuuhenkilö', 'Toteuma'],
  ];
  for (let i = 0; i < rows; i++) {
    values.push([
      `Toimenpide ${i + 1}: palveluohjauksen kehittäminen`,
      i % 3 ? 'Syksy 2024' : '9-12/24',
      'Asiakasmäärät',
      `Vastuuhenkilö ${i % 17}`,
      statuses[i % statuses.length] ?? null,
    ]);
  }
  return { sheet: name, origin: { row: 2, col: 2 }, values, tables: [] };
}

describe.each(HOST_VERSIONS)('readWorkbook over the fake Excel at ExcelApi %s', (excelApi) => {
  const has = (requirement: string): boolean => hostHas({ excelApi, platform: 'OfficeOnline' }, requirement);
  function install(data: WorkbookData, options: FakeWorkbookOptions = {}) {
    return installFakeOffice(globalThis, createFakeWorkbook(data.sheets, { excelApi, ...options }));
  }

  it('gives the same report as the core on the same grids (seed 000, seven workstreams)', async () => {
    const data = seed000Workbook();
    install(data);
    const read = (await readWorkbook()).workbook;
    expect(reportOf(read)).toEqual(reportOf(data));
    expect(reportOf(read).totals.total).toBeGreaterThan(0);
  });

  it('keeps where the used range starts, error cells as errors, numbers typed as text as text, and merged areas from ExcelApi 1.13', async () => {
    const data = problemsWorkbook();
    install(data);
    const read = (await readWorkbook()).workbook;
    const grid = read.sheets.find((g) => g.sheet === PROBLEMS_SHEET);
    expect(grid?.origin).toEqual({ row: 2, col: 2 });
    // Row 18's status cell (G18) holds #REF!; row 7's number cell holds the text '1'.
    expect(grid?.values[16]?.[5]).toEqual({ error: '#REF!' });
    expect(grid?.values[5]?.[0]).toBe('1');
    expect(grid?.values[0]?.[8]).toBe('#N/A');
    if (has('ExcelApi 1.13')) {
      expect(grid?.merges).toEqual(['B6:G6', 'B13:G13']);
      expect(reportOf(read).issues).toEqual(reportOf(data).issues);
    } else {
      // Without merged areas the core reads section rows from their text: the same sections and issues.
      expect(grid?.merges).toBeUndefined();
      expect(reportOf(read).issues).toEqual(reportOf(data).issues);
      expect(reportOf(read).actionTables.map((t) => t.sections)).toEqual(reportOf(data).actionTables.map((t) => t.sections));
    }
  });

  it('reads Excel tables with their ranges and hidden sheets as not visible', async () => {
    install({
      fileName: null,
      sheets: [
        {
          sheet: 'Hyte',
          origin: { row: 4, col: 3 },
          values: [
            ['Toimenpide', 'Toteuma'],
            ['Liikuntaneuvonta', 'Valmis'],
          ],
          tables: [{ name: 'Taulukko1', range: 'C4:D5', showHeaders: true }],
        },
        { sheet: 'Ohje', origin: { row: 1, col: 1 }, values: [['Täytä taulukko']], tables: [], visible: false },
      ],
    });
    const read = (await readWorkbook()).workbook;
    expect(read.sheets[0]?.tables).toEqual([{ name: 'Taulukko1', range: 'C4:D5', showHeaders: true }]);
    expect(read.sheets.map((g) => g.visible)).toEqual([true, false]);
  });

  it('takes as many syncs for 50 sheets of 2 000 rows as for one sheet (desktop Excel, no request limit)', async () => {
    const one = install({ fileName: null, sheets: [bigSheet('Alue 1', 2000)] }, { platform: 'PC' });
    await readWorkbook();
    const syncsOne = one.stats.syncs;
    const fifty = install(
      { fileName: null, sheets: Array.from({ length: 50 }, (_, i) => bigSheet(`Alue ${i + 1}`, 2000)) },
      { platform: 'PC' },
    );
    const read = (await readWorkbook()).workbook;
    expect(fifty.stats.syncs).toBe(syncsOne);
    expect(syncsOne).toBeLessThanOrEqual(6);
    expect(read.sheets).toHaveLength(50);
    expect(read.sheets[49]?.values).toHaveLength(2003);
  });

  it('on the web splits the values into pieces that each stay under 5 MB, and reads the same workbook', async () => {
    const sheets = Array.from({ length: 50 }, (_, i) => bigSheet(`Alue ${i + 1}`, 2000));
    const desktop = install({ fileName: null, sheets }, { platform: 'PC' });
    const whole = (await readWorkbook()).workbook;
    const web = install({ fileName: null, sheets }, { platform: 'OfficeOnline' });
    const pieces = (await readWorkbook()).workbook;
    expect(pieces).toEqual(whole);
    const limit = 5 * 1024 * 1024;
    // Only the first try at the whole contents in one sync is refused; every sync after it stays under 5 MB.
    expect(web.stats.responseBytes.filter((b) => b > limit)).toHaveLength(1);
    const refused = web.stats.responseBytes.findIndex((b) => b > limit);
    expect(Math.max(...web.stats.responseBytes.slice(refused + 1))).toBeLessThanOrEqual(limit);
    expect(Math.max(...desktop.stats.responseBytes)).toBeGreaterThan(limit);
    // The number of syncs follows the bytes, not the sheets: well under one per sheet.
    expect(web.stats.syncs).toBeLessThan(25);
  });

  it('recovers when text is longer than estimated: the piece that passes the limit is read again in smaller pieces', async () => {
    const long = 'Perhekeskuksen palveluohjauksen ja monialaisen yhteistyön kehittäminen '.repeat(20);
    const grid: Grid = {
      sheet: 'Pitkät',
      origin: { row: 1, col: 1 },
      values: Array.from({ length: 400 }, (_, i) => [`${i} ${long}`, 'Kyllä']),
      tables: [],
    };
    const wb = install({ fileName: null, sheets: [grid] }, { payloadLimit: 200_000 });
    const read = (await readWorkbook({ budget: 150_000 })).workbook;
    expect(read.sheets[0]?.values).toEqual(grid.values);
    // The first try was refused (that is what the recovery is for); the retries fit.
    const over = wb.stats.responseBytes.filter((b) => b > 200_000);
    expect(over.length).toBeGreaterThanOrEqual(1);
    const lastRefused = wb.stats.responseBytes.reduce((at, b, i) => (b > 200_000 ? i : at), -1);
    expect(wb.stats.responseBytes.slice(lastRefused + 1).every((b) => b <= 200_000)).toBe(true);
  });

  it('reads the indent levels of a budget table’s labels from ExcelApi 1.9, so subrows come out as in the .xlsx host', async () => {
    const plain = seed002BudgetGrid();
    // Every other body row indented once, as a manager indents the subrows under a total line.
    const indents = Array.from({ length: 12 }, (_, i) => SEED002_NUMBERS_LAYOUT.firstRow + i)
      .filter((row) => row % 2 === 1)
      .map((row) => ({ row, col: 1, level: 1 }));
    const data: WorkbookData = { fileName: null, sheets: [{ ...plain, indents }] };
    install(data);
    const read = (await readWorkbook()).workbook;
    if (has('ExcelApi 1.9')) {
      expect(read.sheets[0]?.indents).toEqual(indents);
      expect(reportOf(read).budgetTables).toEqual(reportOf(data).budgetTables);
    } else {
      expect(read.sheets[0]?.indents).toBeUndefined();
      expect(reportOf(read).budgetTables).toHaveLength(reportOf(data).budgetTables.length);
    }
  });

  it('reads a sheet with more merged areas than Excel gives (512) in full, without its merges, in one sync more', async () => {
    const rows = 600;
    const merged: Grid = {
      sheet: 'Väliotsikot',
      origin: { row: 1, col: 1 },
      values: Array.from({ length: rows }, (_, i) => [`Osio ${i + 1}`, null]),
      tables: [],
      merges: Array.from({ length: rows }, (_, i) => `A${i + 1}:B${i + 1}`),
    };
    const few = install({ fileName: null, sheets: [{ ...merged, merges: merged.merges?.slice(0, 500) ?? [] }] });
    await readWorkbook();
    const syncsFew = few.stats.syncs;
    const many = install({ fileName: null, sheets: [merged] });
    const read = (await readWorkbook()).workbook;
    expect(read.sheets[0]?.values.map((row) => row[0])).toEqual(merged.values.map((row) => row[0]));
    expect(read.sheets[0]?.merges).toBeUndefined();
    expect(many.stats.syncs).toBe(has('ExcelApi 1.13') ? syncsFew + 1 : syncsFew);
  });

  it('gives an empty grid for an empty sheet and does not read generated sheets beyond their marker', async () => {
    const wb = install({ fileName: null, sheets: [{ sheet: 'Taul1', origin: { row: 1, col: 1 }, values: [], tables: [] }] });
    const empty = (await readWorkbook()).workbook;
    expect(empty.sheets).toEqual([{ sheet: 'Taul1', origin: { row: 1, col: 1 }, values: [], tables: [], visible: true }]);
    wb.model.sheets[0]?.cells.set(
      1,
      new Map([
        [52, { value: 'seuranta:generated:summary' }],
        [1, { value: 'Seurannan yhteenveto' }],
      ]),
    );
    const generated = (await readWorkbook()).workbook;
    expect(generated.sheets[0]?.values).toEqual([['seuranta:generated:summary']]);
    expect(generated.sheets[0]?.origin).toEqual({ row: 1, col: 52 });
  });
});
