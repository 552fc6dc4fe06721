/** Status colours on the user's own tables: added by the tool, removed exactly, the user's own rules and values untouched. */
import { buildReport, planStatusColouring, type WorkbookData } from '../../src/core';
import { createOfficeWorkbookHost } from '../../src/excel/createOfficeWorkbookHost';
import { toggleStatusColours } from '../../src/app/toggleStatusColours';
import { seed000Workbook } from '../../fixtures/seed000';
import { createFakeWorkbook, HOST_VERSIONS, installFakeOffice, type FakeWorkbook } from '../fake-excel';

const SETTINGS = { lang: 'fi' as const, asOf: '2024-06-30', skipSheets: [] };

/** The manager's own rules: a cell-value rule and a formula rule of their own on the same status column, and one elsewhere. */
async function addUsersOwnRules(sheet: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const own = ws.getRange('A1:H60').conditionalFormats.add(Excel.ConditionalFormatType.custom);
    own.custom.rule.formula = '=ISNUMBER(SEARCH("kesken",A1))';
    own.custom.format.fill.color = '#FFFF00';
    ws.getRange('A1:A3').conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
    await context.sync();
  });
}

describe.each(HOST_VERSIONS)('toggleStatusColouring over the fake Excel at ExcelApi %s', (excelApi) => {
  function install(data: WorkbookData): FakeWorkbook {
    return installFakeOffice(globalThis, createFakeWorkbook(data.sheets, { excelApi }));
  }

  it('adds the tool’s rules to every status column, then removes exactly them, leaving the user’s rules as they were', async () => {
    const data = seed000Workbook();
    const wb = install(data);
    const sheet = data.sheets[0]?.sheet ?? '';
    await addUsersOwnRules(sheet);
    const before = wb.snapshot();
    const host = createOfficeWorkbookHost();

    const added = await toggleStatusColours(host, SETTINGS);
    const expected = planStatusColouring(buildReport({ ...data, fileName: null }, { asOf: SETTINGS.asOf, lang: 'fi' }));
    expect(added).toEqual({ result: 'added', columns: expected.length });
    const afterAdd = wb.snapshot();
    const ours = afterAdd.sheets.flatMap((s) => s.conditionalFormats.filter((c) => c.formula?.includes('N("seuranta")')));
    expect(ours).toHaveLength(expected.reduce((n, c) => n + c.format.rules.length, 0));
    // Each colouring's first rule is on top of its range.
    for (const c of expected) {
      const onSheet = afterAdd.sheets.find((s) => s.name === c.sheet)?.conditionalFormats.filter((r) => r.range === c.format.range) ?? [];
      expect(onSheet[0]?.formula).toBe(c.format.rules[0]?.formula);
    }
    // Values never change.
    expect(afterAdd.sheets.map((s) => s.values)).toEqual(before.sheets.map((s) => s.values));

    const removed = await toggleStatusColours(host, SETTINGS);
    expect(removed.result).toBe('removed');
    expect(wb.snapshot()).toEqual(before);
  });

  it('refuses a protected sheet with a typed error and changes nothing', async () => {
    const data = seed000Workbook();
    const wb = install(data);
    const last = data.sheets.at(-1)?.sheet ?? '';
    wb.protectSheet(last);
    const before = wb.snapshot();
    await expect(toggleStatusColours(createOfficeWorkbookHost(), SETTINGS)).rejects.toMatchObject({ code: 'protectedSheet' });
    // The protected sheet is the last one: the sheets before it are not coloured either.
    expect(wb.snapshot()).toEqual(before);
  });
});

/** Eight units' copies of the Pori report in one workbook: hundreds of status columns, as a finance office's collection has. */
function eightUnits(): WorkbookData {
  const one = seed000Workbook();
  const sheets = Array.from({ length: 8 }, (_, u) => one.sheets.map((g) => ({ ...g, sheet: `Y${u + 1} ${g.sheet}`.slice(0, 31) }))).flat();
  return { ...one, sheets };
}

describe("toggleStatusColouring on a workbook whose rules pass Excel on the web's 5 MB request limit", () => {
  it('sends the rules in batches that each stay under the limit, and removes them all again', async () => {
    const data = eightUnits();
    const wb = installFakeOffice(globalThis, createFakeWorkbook(data.sheets, { platform: 'OfficeOnline' }));
    const before = wb.snapshot();
    const expected = planStatusColouring(buildReport(data, { asOf: SETTINGS.asOf, lang: 'fi' }));
    const rulesBytes = expected.reduce((n, c) => n + c.format.rules.reduce((m, r) => m + r.formula.length, 0), 0);
    expect(rulesBytes).toBeGreaterThan(5 * 1024 * 1024);

    const added = await toggleStatusColours(createOfficeWorkbookHost(), SETTINGS);
    expect(added).toEqual({ result: 'added', columns: expected.length });
    expect(Math.max(...wb.stats.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    const ours = wb.snapshot().sheets.flatMap((s) => s.conditionalFormats.filter((c) => c.formula?.includes('N("seuranta")')));
    expect(ours).toHaveLength(expected.reduce((n, c) => n + c.format.rules.length, 0));

    expect((await toggleStatusColours(createOfficeWorkbookHost(), SETTINGS)).result).toBe('removed');
    expect(wb.snapshot()).toEqual(before);
  });

  it('takes the earlier batches’ rules off again when a later batch fails, so no table is left half coloured', async () => {
    const data = eightUnits();
    const wb = installFakeOffice(globalThis, createFakeWorkbook(data.sheets, { platform: 'OfficeOnline' }));
    const before = wb.snapshot();
    wb.faults.failWhen = /Y8 .*conditionalFormats\.add/;
    await expect(toggleStatusColours(createOfficeWorkbookHost(), SETTINGS)).rejects.toMatchObject({ code: 'unexpected', undone: true });
    expect(wb.stats.syncs).toBeGreaterThan(4);
    wb.faults.failWhen = null;
    expect(wb.snapshot()).toEqual(before);
  });
});

describe.each(HOST_VERSIONS)('settings, selection and activation at ExcelApi %s', (excelApi) => {
  function install(data: WorkbookData): FakeWorkbook {
    return installFakeOffice(globalThis, createFakeWorkbook(data.sheets, { excelApi }));
  }

  it('keeps the settings in the workbook and ignores malformed fields', async () => {
    const wb = install(seed000Workbook());
    const host = createOfficeWorkbookHost();
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ lang: 'sv', asOf: '2024-06-30', skipSheets: ['Ohje'] });
    expect(await host.loadSettings()).toEqual({ lang: 'sv', asOf: '2024-06-30', skipSheets: ['Ohje'] });
    wb.model.settings.set('seuranta.settings', { lang: 'de', asOf: '30.6.2024', skipSheets: ['Ohje', 3] });
    expect(await host.loadSettings()).toEqual({ skipSheets: ['Ohje'] });
  });

  it('selects an issue’s cell on its sheet and activates a sheet by name', async () => {
    const data = seed000Workbook();
    const wb = install(data);
    const host = createOfficeWorkbookHost();
    const second = data.sheets[1]?.sheet ?? '';
    await host.selectCell(second, 'E7');
    expect(wb.snapshot()).toMatchObject({ activeSheet: second, selection: { sheet: second, address: 'E7' } });
    await host.activateSheet(data.sheets[2]?.sheet ?? '');
    expect(wb.snapshot().activeSheet).toBe(data.sheets[2]?.sheet);
    await expect(host.selectCell('Ei ole', 'A1')).rejects.toMatchObject({ code: 'unexpected', officeCode: 'ItemNotFound' });
  });
});
