/** Writing generated sheets: all or nothing, never a user's sheet, text stays text. */
import { buildReport, planSheets, type SheetPlan, type WorkbookData } from '../../src/core';
import { HostError } from '../../src/excel/HostError';
import { createOfficeWorkbookHost } from '../../src/excel/createOfficeWorkbookHost';
import { generateSummary } from '../../src/app/generateSummary';
import { seed000Workbook } from '../../fixtures/seed000';
import { createFakeWorkbook, HOST_VERSIONS, installFakeOffice, type FakeWorkbookOptions } from '../fake-excel';
import { hostHas } from '../fake-excel/requirements';

const SETTINGS = { lang: 'fi' as const, asOf: '2024-06-30', skipSheets: [] };

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
    conditionalFormats: [
      {
        range: 'C2:C3',
        rules: [
          { formula: '=C2="Kyllä"', fill: '#63BE7B', stopIfTrue: true },
          { formula: '=C2<>""', outline: '#7030A0', stopIfTrue: false },
        ],
      },
    ],
    links: [{ cell: 'B5', sheet: "Lasten'suojelu", target: 'E7', text: 'E7' }],
    columnWidths: [30, 12, 10],
    freeze: { rows: 1, cols: 0 },
    chart: { type: 'bar', title: 'Toimenpiteet tiloittain', dataRange: 'A4:B4', anchor: 'E2' },
  };
}

const userGrid = (sheet: string, values: string[][]): WorkbookData['sheets'][number] => ({
  sheet,
  origin: { row: 1, col: 1 },
  values,
  tables: [],
});

const userSheets: WorkbookData = {
  fileName: null,
  sheets: [
    {
      sheet: "Lasten'suojelu",
      origin: { row: 6, col: 2 },
      values: [
        ['Toimenpide', 'Vastuuhenkilö', 'Aikataulu', 'Toteuma'],
        ['Perhetyö', 'Anna Virtanen', 'Syksy 2024', 'Käynnissä'],
      ],
      tables: [],
    },
    { sheet: 'Yhteenveto', origin: { row: 1, col: 1 }, values: [['Oma yhteenvetoni'], ['Älä koske']], tables: [] },
  ],
};

describe.each(HOST_VERSIONS)('writeSheets over the fake Excel at ExcelApi %s', (excelApi) => {
  const has = (requirement: string): boolean => hostHas({ excelApi, platform: 'OfficeOnline' }, requirement);
  function install(data: WorkbookData, options: FakeWorkbookOptions = {}) {
    return installFakeOffice(globalThis, createFakeWorkbook(data.sheets, { excelApi, ...options }));
  }

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
    expect(s?.values[4]?.[1]).toBe('E7');
  });

  it('links to a cell with Range.hyperlink where ExcelApi 1.7 has it (Excel on the web follows no HYPERLINK to a cell), else with the HYPERLINK formula', async () => {
    const wb = install(userSheets);
    const [name = ''] = await createOfficeWorkbookHost().writeSheets([trickyPlan()]);
    const s = wb.sheet(name);
    if (has('ExcelApi 1.7')) {
      expect(s?.hyperlinks).toEqual({ B5: { documentReference: "'Lasten''suojelu'!E7", textToDisplay: 'E7' } });
      expect(s?.formulas).toEqual({});
    } else {
      // The only formula is the tool's own link.
      expect(s?.formulas).toEqual({ B5: `=HYPERLINK("#'Lasten''suojelu'!E7","E7")` });
      expect(s?.hyperlinks).toEqual({});
    }
    expect(s?.values[4]?.[1]).toBe('E7');
  });

  it('strikes the removed row through from ExcelApi 1.9 and below it shows it in grey italics, instead of failing the sheet', async () => {
    const wb = install(userSheets);
    const plan = trickyPlan();
    plan.values.push(['Poistettu', 2, null]);
    plan.formats.push({ range: 'A6:C6', strike: true, fill: '#EDEDED' }, { range: 'A2', strike: true, fontColor: '#7F7F7F' });
    const [name = ''] = await createOfficeWorkbookHost().writeSheets([plan]);
    const s = wb.sheet(name);
    expect(s?.values[5]?.slice(0, 2)).toEqual(['Poistettu', 2]);
    expect(s?.fills.A6).toBe('#EDEDED');
    if (has('ExcelApi 1.9')) {
      expect(s?.fonts.A6).toEqual({ strikethrough: true });
      expect(s?.fonts.A2).toEqual({ strikethrough: true, color: '#7F7F7F' });
    } else {
      expect(s?.fonts.A6).toEqual({ italic: true, color: '#808080' });
      // A colour of the plan's own stays.
      expect(s?.fonts.A2).toEqual({ italic: true, color: '#7F7F7F' });
    }
  });

  it('cuts a text longer than a cell holds instead of failing the sheet', async () => {
    const wb = install(userSheets);
    const plan = trickyPlan();
    const long = 'Perhekeskuksen palveluohjauksen kehittäminen. '.repeat(1000);
    plan.values.push([long]);
    plan.links.push({ cell: 'C5', sheet: "Lasten'suojelu", target: 'E7', text: long });
    const [name = ''] = await createOfficeWorkbookHost().writeSheets([plan]);
    const written = String(wb.sheet(name)?.values[5]?.[0]);
    expect(written).toHaveLength(32_767);
    expect(written.endsWith('…')).toBe(true);
  });

  it('writes dates as serial numbers with a date format, the marker in hidden AZ1, formats, rules, widths and chart', async () => {
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
    expect(s?.charts).toEqual([
      expect.objectContaining({ type: 'BarClustered', source: 'A4:B4', title: 'Toimenpiteet tiloittain', anchor: 'E2' }),
    ]);
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

  it("regenerating rewrites the tool's sheet where it stands: the manager's formulas that read it keep working, nothing of the earlier run is left", async () => {
    const wb = install({
      fileName: null,
      sheets: [
        userGrid('Hyte', [
          ['Toimenpide', 'Toteuma'],
          ['Liikuntaneuvonta', 'Valmis'],
        ]),
      ],
    });
    const host = createOfficeWorkbookHost();
    const [name = ''] = await host.writeSheets([trickyPlan()]);
    // The manager adds a sheet after the summary and a formula that reads it.
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('Muistio');
      context.workbook.worksheets.getItem('Hyte').getRange('D1').formulas = [[`=${name}!B4`]];
    });
    expect(wb.sheet('Hyte')?.values[0]?.[3]).toBe(45473);

    const next: SheetPlan = {
      ...trickyPlan(),
      values: [['Seurannan yhteenveto'], ['Tilanne'], ['Linkki'], ['Tilanne päivänä', 45500]],
      formats: [{ range: 'B4', numberFormat: 'd.m.yyyy' }],
      conditionalFormats: [{ range: 'B2:B3', rules: [{ formula: '=B2="Kyllä"', fill: '#63BE7B', stopIfTrue: true }] }],
      links: [{ cell: 'B3', sheet: 'Hyte', target: 'B2', text: 'B2' }],
      freeze: { rows: 0, cols: 0 },
    };
    delete next.chart;
    expect(await host.writeSheets([next])).toEqual([name]);
    expect(wb.sheetNames()).toEqual(['Hyte', name, 'Muistio']);
    expect(wb.sheet('Hyte')?.formulas.D1).toBe(`=${name}!B4`);
    expect(wb.sheet('Hyte')?.values[0]?.[3]).toBe(45500);
    const s = wb.sheet(name);
    expect(s?.values.slice(0, 4).map((row) => row.slice(0, 3))).toEqual([
      ['Seurannan yhteenveto', null, null],
      ['Tilanne', null, null],
      ['Linkki', 'B2', null],
      ['Tilanne päivänä', 45500, null],
    ]);
    expect(s?.values).toHaveLength(4);
    expect(s?.values[0]?.[51]).toBe('seuranta:generated:summary');
    expect(s?.hiddenColumns).toEqual(['AZ']);
    expect(Object.keys(s?.fills ?? {})).toEqual([]);
    expect(s?.conditionalFormats.map((c) => c.formula)).toEqual(['=B2="Kyllä"']);
    expect(s?.charts).toEqual([]);
    expect(s?.freeze).toEqual({ rows: 0, cols: 0 });
    expect(Object.keys(s?.hyperlinks ?? {})).toEqual(has('ExcelApi 1.7') ? ['B3'] : []);
    expect(Object.keys(s?.formulas ?? {})).toEqual(has('ExcelApi 1.7') ? [] : ['B3']);
  });

  it("still leaves a whole sheet in the earlier one's place when the rewrite in place fails halfway", async () => {
    const wb = install({ fileName: null, sheets: [userGrid('Hyte', [['Toimenpide', 'Toteuma']]), userGrid('Muistio', [['x']])] });
    const host = createOfficeWorkbookHost();
    await host.writeSheets([trickyPlan()]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Yhteenveto').position = 1;
      context.workbook.worksheets.getItem('Hyte').getRange('D1').formulas = [['=Yhteenveto!A1']];
    });
    expect(wb.sheetNames()).toEqual(['Hyte', 'Yhteenveto', 'Muistio']);
    // The first value write into the earlier sheet itself, which the write finds by its id.
    const earlierId = wb.model.sheets.find((sheet) => sheet.name === 'Yhteenveto')?.id ?? '';
    wb.faults.failWhen = new RegExp(`getItem\\('${earlierId.replace(/[{}]/g, '\\$&')}'\\)\\.getRange\\('A1:`);
    const next = trickyPlan();
    next.values[0] = ['Uusi yhteenveto', null, null];
    await expect(host.writeSheets([next])).resolves.toEqual(['Yhteenveto']);
    wb.faults.failWhen = null;
    expect(wb.sheetNames()).toEqual(['Hyte', 'Yhteenveto', 'Muistio']);
    const s = wb.sheet('Yhteenveto');
    expect(s?.values[0]?.[0]).toBe('Uusi yhteenveto');
    expect(s?.values[0]?.[51]).toBe('seuranta:generated:summary');
    expect(s?.charts).toHaveLength(1);
    // The price of the fallback: the earlier sheet is gone, and so are references to it.
    expect(wb.sheet('Hyte')?.formulas.D1).toBe('=#REF!A1');
  });

  it('regenerates a summary the manager made very hidden (Excel deletes no very hidden sheet), and it stays so', async () => {
    const wb = install(userSheets);
    const host = createOfficeWorkbookHost();
    const [name = ''] = await host.writeSheets([trickyPlan()]);
    const generated = wb.model.sheets.find((s) => s.name === name);
    if (!generated) throw new Error('the first write made no sheet');
    generated.visibility = 'VeryHidden';
    const next = trickyPlan();
    next.values[0] = ['Uusi yhteenveto', null, null];
    await expect(host.writeSheets([next])).resolves.toEqual([name]);
    expect(wb.sheetNames()).toEqual(["Lasten'suojelu", 'Yhteenveto', name]);
    expect(wb.sheet(name)).toMatchObject({
      visibility: 'VeryHidden',
      values: expect.arrayContaining([expect.arrayContaining(['Uusi yhteenveto'])]),
    });
  });

  it('says the workbook structure is protected, in its own words, before changing anything (ExcelApi 1.7); below 1.7 Excel refuses the new sheet and nothing is left', async () => {
    const wb = install(userSheets);
    const host = createOfficeWorkbookHost();
    await host.writeSheets([trickyPlan()]);
    wb.protectStructure();
    const before = wb.snapshot();
    wb.resetStats();
    const error = await host.writeSheets([trickyPlan()]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    if (has('ExcelApi 1.7')) {
      expect(error).toMatchObject({ code: 'protectedStructure', undone: false });
      // Nothing was sent but the reads.
      expect(wb.stats.writes).toBe(0);
    } else {
      expect(error).toMatchObject({ code: 'protectedSheet', officeCode: 'AccessDenied', undone: true });
    }
    expect(wb.snapshot()).toEqual(before);
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

  it.each([
    ['the first time', false],
    ['over an earlier summary', true],
  ])(
    'a failure at any one write step %s leaves the workbook as it was, or once the new sheet stood in full, a whole summary',
    async (_, regenerate) => {
      const next = trickyPlan();
      next.values[0] = ['Uusi yhteenveto', null, null];
      async function attempt(failAt: number | null) {
        const wb = install(userSheets);
        const host = createOfficeWorkbookHost();
        if (regenerate) await host.writeSheets([trickyPlan()]);
        const before = wb.snapshot();
        wb.resetStats();
        wb.faults.failAtWrite = failAt;
        const outcome = await host.writeSheets([next], { activate: true }).catch((e: unknown) => e);
        wb.faults.failAtWrite = null;
        return { wb, before, outcome };
      }
      const clean = await attempt(null);
      const steps = clean.wb.stats.writes;
      const outcomes: string[] = [];
      for (let failAt = 1; failAt <= steps; failAt++) {
        const { wb, before, outcome } = await attempt(failAt);
        if (outcome instanceof HostError) {
          expect(outcome).toMatchObject({ undone: true });
          expect(wb.snapshot()).toEqual(before);
          outcomes.push('undone');
        } else {
          // The user's sheets as they were; one summary, whole, in front; no sheet of the write's own left over.
          expect(outcome).toEqual(['Yhteenveto (2)']);
          expect(wb.sheetNames()).toEqual(["Lasten'suojelu", 'Yhteenveto', 'Yhteenveto (2)']);
          expect(wb.sheet("Lasten'suojelu")).toEqual(before.sheets.find((x) => x.name === "Lasten'suojelu"));
          expect(wb.sheet('Yhteenveto')).toEqual(before.sheets.find((x) => x.name === 'Yhteenveto'));
          const summary = wb.sheet('Yhteenveto (2)');
          expect(summary?.values.map((row) => row.slice(0, 3))).toEqual(
            clean.wb.sheet('Yhteenveto (2)')?.values.map((row) => row.slice(0, 3)),
          );
          expect(summary?.values[0]?.[51]).toBe('seuranta:generated:summary');
          expect(summary?.charts).toHaveLength(1);
          expect(summary?.conditionalFormats).toHaveLength(2);
          outcomes.push('whole');
        }
      }
      // Every step up to the proof is undone; a failure after it can only leave the summary whole.
      const proof = outcomes.lastIndexOf('undone');
      expect(proof).toBeGreaterThan(10);
      expect(outcomes.slice(0, proof + 1).every((o) => o === 'undone')).toBe(true);
      expect(outcomes.slice(proof + 1).every((o) => o === 'whole')).toBe(true);
      if (regenerate) expect(outcomes.slice(proof + 1).length).toBeGreaterThan(10);
    },
  );

  it('writing after a read, leaves alone a sheet someone else added meanwhile under the name the new sheet was to take', async () => {
    const wb = install(userSheets);
    const host = createOfficeWorkbookHost();
    const read = await host.readWorkbook();
    // A co-author adds a sheet between the read and the write.
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('Yhteenveto (2)').getRange('A1').values = [['Kollegan muistiinpanot']];
    });
    const before = wb.snapshot();
    const error = await host.writeSheets([trickyPlan()], { read, activate: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ undone: true });
    expect(wb.snapshot()).toEqual(before);
  });

  it('leaves no sheet behind when the chart is what fails, and says so as a typed error', async () => {
    const wb = install(userSheets);
    wb.faults.failWhen = /charts\.add/;
    await expect(createOfficeWorkbookHost().writeSheets([trickyPlan()])).rejects.toMatchObject({ code: 'unexpected', undone: true });
    expect(wb.sheetNames()).toEqual(["Lasten'suojelu", 'Yhteenveto']);
  });

  it('tells cell-edit mode apart so the pane can ask the user to finish typing, by either code Microsoft documents for it', async () => {
    const wb = install(userSheets);
    wb.faults.cellEditMode = true;
    await expect(createOfficeWorkbookHost().writeSheets([trickyPlan()])).rejects.toMatchObject({ code: 'cellEditMode' });
    await expect(createOfficeWorkbookHost().readWorkbook()).rejects.toMatchObject({ code: 'cellEditMode' });
    wb.faults.cellEditCode = 'InvalidOperation';
    await expect(createOfficeWorkbookHost().readWorkbook()).rejects.toMatchObject({ code: 'cellEditMode', officeCode: 'InvalidOperation' });
    expect(wb.sheetNames()).toEqual(["Lasten'suojelu", 'Yhteenveto']);
  });

  it('with delayForCellEdit (the ribbon) waits for the user to finish typing, then writes', async () => {
    const wb = install(userSheets);
    wb.faults.cellEditMode = true;
    let written: string[] | null = null;
    const writing = createOfficeWorkbookHost({ delayForCellEdit: true })
      .writeSheets([trickyPlan()])
      .then((names) => (written = names));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(written).toBeNull();
    expect(wb.sheetNames()).toEqual(["Lasten'suojelu", 'Yhteenveto']);
    wb.faults.cellEditMode = false;
    await writing;
    expect(written).toEqual(['Yhteenveto (2)']);
  });

  it('freezes the header rows where ExcelApi 1.7 has freeze panes, and writes the rest alike without them', async () => {
    const wb = install(userSheets);
    const [name = ''] = await createOfficeWorkbookHost().writeSheets([trickyPlan()]);
    expect(wb.sheet(name)?.freeze).toEqual(has('ExcelApi 1.7') ? { rows: 1, cols: 0 } : { rows: 0, cols: 0 });
    expect(wb.sheet(name)?.charts).toHaveLength(1);
  });

  it('stacks a column per category with a series per status in its colour, in as many syncs as a one-series chart', async () => {
    const syncsFor = async (plan: SheetPlan) => {
      const wb = install(userSheets);
      const [name = ''] = await createOfficeWorkbookHost().writeSheets([plan]);
      return { wb, sheet: wb.sheet(name), syncs: wb.stats.syncs };
    };
    const statuses = ['Toteutunut', 'Osittain', 'Käynnissä', 'Ei toteutunut', 'Poistettu'];
    const colors = ['#63BE7B', '#C6EFCE', '#9BC2E6', '#F8696B', '#EDEDED'];
    const units = (n: number): SheetPlan => ({
      ...trickyPlan(),
      values: [['Yksikkö', ...statuses], ...Array.from({ length: n }, (_, i) => [`Yksikkö ${i + 1}`, 3, 1, 2, 0, 1])],
      formats: [],
      conditionalFormats: [],
      links: [],
      chart: {
        type: 'stackedColumn',
        title: 'Toimenpiteet tiloittain yksiköittäin',
        dataRange: `A1:F${n + 1}`,
        anchor: `H1:P20`,
        seriesColors: colors,
      },
    });
    const { sheet, syncs } = await syncsFor(units(12));
    expect(sheet?.charts).toEqual([
      expect.objectContaining({
        type: 'ColumnStacked',
        source: 'A1:F13',
        seriesBy: 'Columns',
        title: 'Toimenpiteet tiloittain yksiköittäin',
        anchor: 'H1:P20',
        legendPosition: 'Bottom',
        series: colors.map((fill) => ({ fill, line: '#7F7F7F' })),
      }),
    ]);
    expect((await syncsFor(units(40))).syncs).toBe(syncs);
    expect((await syncsFor(trickyPlan())).syncs).toBe(syncs);
  });

  it('writes the summary of seed 000 in a constant number of syncs and activates it', async () => {
    const data = seed000Workbook();
    const wb = install(data);
    const { report, sheet } = await generateSummary(createOfficeWorkbookHost(), SETTINGS);
    expect(report.totals).toEqual(buildReport({ ...data, fileName: null }, { asOf: SETTINGS.asOf, lang: 'fi' }).totals);
    expect(wb.snapshot().activeSheet).toBe(sheet);
    // The first run has no earlier sheet to rewrite; every later run has one, and costs the same.
    expect(wb.stats.syncs).toBeLessThanOrEqual(4);
    wb.resetStats();
    await generateSummary(createOfficeWorkbookHost(), SETTINGS);
    const syncsAgain = wb.stats.syncs;
    wb.resetStats();
    await generateSummary(createOfficeWorkbookHost(), SETTINGS);
    expect(wb.stats.syncs).toBe(syncsAgain);
    expect(syncsAgain).toBeLessThanOrEqual(4);
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
