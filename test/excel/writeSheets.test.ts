/** Writing generated sheets: all or nothing, never a user's sheet, text stays text. */
import { buildReport, planSheets, type SheetPlan, type WorkbookData } from '../../src/core';
import { HostError } from '../../src/excel/HostError';
import { createOfficeWorkbookHost } from '../../src/excel/createOfficeWorkbookHost';
import { generateSummary } from '../../src/app/generateSummary';
import { seed000Workbook } from '../../fixtures/seed000';
import { createFakeWorkbook, installFakeOffice, type FakeWorkbookOptions } from '../fake-excel';

const SETTINGS = { lang: 'fi' as const, asOf: '2024-06-30', skipSheets: [] };

function install(data: WorkbookData, options: FakeWorkbookOptions = {}) {
  return installFakeOffice(globalThis, createFakeWorkbook(data.sheets, options));
}

/** A small plan of the summary kind whose cells look like formulas, numbers and dates but are text. */
function trickyPlan(name = 'Yhteenveto'): SheetPlan {
  return {
    kind: 'summary',
    name,
    values: [
      ['Seurannan yhteenveto', null, null],
      ['=SUM(A1)', '+358 40 123 4567', '-5'],
      ['@x', '2024', "'lainaus"],
      ['Tilanne päivänä', 45473, true],
      ['Linkki', null, null],
    ],
    formats: [
      { range: 'A1', bold: true, fontSize: 14, fill: '#DDEBF7' },
      { range: 'B4', numberFormat: 'd.m.yyyy' },
      { range: 'A2:C2', border: { style: 'bottom', color: '#7030A0' } },
    ],
    conditionalFormats: [{ range: 'C2:C3', rules: [{ formula: '=C2="Kyllä"', fill: '#63BE7B', stopIfTrue: true }, { formula: '=C2<>""', outline: '#7030A0', stopIfTrue: false }] }],
    links: [{ cell: 'B5', sheet: "Lasten'suojelu", target: 'E7', text: 'E7' }],
    columnWidths: [30, 12, 10],
    freeze: { rows: 1, cols: 0 },
    chart: { type: 'bar', title: 'Toimenpiteet tiloittain', dataRange: 'A4:B4', anchor: 'E2' },
  };
}

const userSheets: WorkbookData = {
  fileName: null,
  sheets: [
    { sheet: "Lasten'suojelu", origin: { row: 6, col: 2 }, values: [['Toimenpide', 'Vastuuhenkilö', 'Aikataulu', 'Toteuma'], ['Perhetyö', 'Anna Virtanen', 'Syksy 2024', 'Käynnissä']], tables: [] },
    { sheet: 'Yhteenveto', origin: { row: 1, col: 1 }, values: [['Oma yhteenvetoni'], ['Älä koske']], tables: [] },
  ],
};

describe('writeSheets over the fake Excel', () => {
  it("leaves a user's own 'Yhteenveto' alone and names the generated sheet 'Yhteenveto (2)'", async () => {
    const wb = install(userSheets);
    const before = wb.sheet('Yhteenveto');
    const names = await createOfficeWorkbookHost().writeSheets([trickyPlan()]);
    expect(names).toEqual(['Yhteenveto (2)']);
    expect(wb.sheet('Yhteenveto')).toEqual(before);
    expect(wb.sheet('Yhteenveto (2)')?.values[0]?.[0]).toBe('Seurannan yhteenveto');
  });

  it('writes text that looks like a formula, a phone number, a negative number or a year as text', async () => {
    const wb = install(userSheets);
    const [name = ''] = await createOfficeWorkbookHost().writeSheets([trickyPlan()]);
    const s = wb.sheet(name);
    expect(s?.values[1]?.slice(0, 3)).toEqual(['=SUM(A1)', '+358 40 123 4567', '-5']);
    expect(s?.values[2]?.slice(0, 3)).toEqual(['@x', '2024', "'lainaus"]);
    // The only formula is the tool's own link.
    expect(s?.formulas).toEqual({ B5: `=HYPERLINK("#'Lasten''suojelu'!E7","E7")` });
    expect(s?.values[4]?.[1]).toBe('E7');
  });

  it('writes dates as serial numbers with a date format, the marker in hidden AZ1, formats, rules, widths, freeze and chart', async () => {
    const wb = install(userSheets);
    const [name = ''] = await createOfficeWorkbookHost().writeSheets([trickyPlan()]);
    const s = wb.sheet(name);
    expect(s?.values[3]?.slice(0, 3)).toEqual(['Tilanne päivänä', 45473, true]);
    expect(s?.numberFormats.B4).toBe('d.m.yyyy');
    expect(s?.values[0]?.[51]).toBe('seuranta:generated:summary');
    expect(s?.hiddenColumns).toEqual(['AZ']);
    expect(s?.fills.A1).toBe('#DDEBF7');
    expect(s?.fonts.A1).toMatchObject({ bold: true, size: 14 });
    // First rule on top, as the plan orders them.
    expect(s?.conditionalFormats.map((c) => [c.range, c.formula, c.stopIfTrue])).toEqual([
      ['C2:C3', '=C2="Kyllä"', true],
      ['C2:C3', '=C2<>""', false],
    ]);
    expect(s?.conditionalFormats[1]?.borders).toMatchObject({ EdgeTop: '#7030A0', EdgeBottom: '#7030A0' });
    expect(s?.columnWidths.A).toBeGreaterThan(s?.columnWidths.B ?? Infinity);
    expect(s?.freeze).toEqual({ rows: 1, cols: 0 });
    expect(s?.charts).toEqual([expect.objectContaining({ type: 'BarClustered', source: 'A4:B4', title: 'Toimenpiteet tiloittain', anchor: 'E2' })]);
  });

  it('regenerating replaces only the tool’s own sheet, found by its marker even after the user renamed it', async () => {
    const wb = install(userSheets);
    const host = createOfficeWorkbookHost();
    const [first = ''] = await host.writeSheets([trickyPlan()]);
    const generated = wb.model.sheets.find((s) => s.name === first);
    if (!generated) throw new Error('the first write made no sheet');
    generated.name = 'Raportti kesäkuu';
    const names = await host.writeSheets([trickyPlan()]);
    expect(wb.sheetNames()).toEqual(["Lasten'suojelu", 'Yhteenveto', 'Yhteenveto (2)']);
    expect(names).toEqual(['Yhteenveto (2)']);
    expect(wb.sheet('Yhteenveto')?.values).toEqual([['Oma yhteenvetoni'], ['Älä koske']]);
  });

  it('leaves no generated sheet behind when a write fails halfway, and keeps the earlier generated sheet', async () => {
    const wb = install(userSheets);
    const host = createOfficeWorkbookHost();
    await host.writeSheets([trickyPlan()]);
    const earlier = wb.snapshot();
    for (const failAt of [1, 3, 8, 15]) {
      wb.resetStats();
      wb.faults.failAtWrite = failAt;
      const error = await host.writeSheets([trickyPlan()]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect(error).toMatchObject({ undone: true });
      wb.faults.failAtWrite = null;
      expect(wb.snapshot().sheets).toEqual(earlier.sheets);
    }
  });

  it('leaves no sheet behind when the chart is what fails, and says so as a typed error', async () => {
    const wb = install(userSheets);
    wb.faults.failWhen = /charts\.add/;
    await expect(createOfficeWorkbookHost().writeSheets([trickyPlan()])).rejects.toMatchObject({ code: 'unexpected', undone: true });
    expect(wb.sheetNames()).toEqual(["Lasten'suojelu", 'Yhteenveto']);
  });

  it('tells cell-edit mode apart so the pane can ask the user to finish typing', async () => {
    const wb = install(userSheets);
    wb.faults.cellEditMode = true;
    await expect(createOfficeWorkbookHost().writeSheets([trickyPlan()])).rejects.toMatchObject({ code: 'cellEditMode' });
    await expect(createOfficeWorkbookHost().readWorkbook()).rejects.toMatchObject({ code: 'cellEditMode' });
  });

  it('on Excel 2016 (ExcelApi 1.6) writes the sheet without freeze panes instead of failing', async () => {
    const wb = install(userSheets, { excelApi: '1.6' });
    const [name = ''] = await createOfficeWorkbookHost().writeSheets([trickyPlan()]);
    expect(wb.sheet(name)?.freeze).toEqual({ rows: 0, cols: 0 });
    expect(wb.sheet(name)?.charts).toHaveLength(1);
  });

  it('writes the summary of seed 000 in a constant number of syncs and activates it', async () => {
    const data = seed000Workbook();
    const wb = install(data);
    const { report, sheet } = await generateSummary(createOfficeWorkbookHost(), SETTINGS);
    expect(report.totals).toEqual(buildReport({ ...data, fileName: null }, { asOf: SETTINGS.asOf, lang: 'fi' }).totals);
    expect(wb.snapshot().activeSheet).toBe(sheet);
    // The first run has no earlier sheet to swap out; every later run has one, and costs the same.
    expect(wb.stats.syncs).toBeLessThanOrEqual(9);
    wb.resetStats();
    await generateSummary(createOfficeWorkbookHost(), SETTINGS);
    const syncsAgain = wb.stats.syncs;
    wb.resetStats();
    await generateSummary(createOfficeWorkbookHost(), SETTINGS);
    expect(wb.stats.syncs).toBe(syncsAgain);
    expect(syncsAgain).toBeLessThanOrEqual(10);
    expect(wb.sheetNames().filter((n) => n.startsWith('Yhteenveto'))).toEqual(['Yhteenveto']);
    // the sheet holds what the core planned, cell for cell (text unprefixed, links shown as their text)
    const plan = planSheets(report, ['summary'])[0];
    const written = wb.sheet(sheet)?.values ?? [];
    plan?.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const link = plan.links.find((l) => l.cell === `${String.fromCharCode(65 + j)}${i + 1}`);
        expect(written[i]?.[j]).toEqual(link ? link.text : v === '' ? null : v);
      }),
    );
  });
});
