/** The fake behaves like Office.js where our host depends on it: loads, syncs, null objects, entry rules, limits, faults. */
import * as api from './fakeExcelApi';
import { createFakeWorkbook, HOST_VERSIONS, installFakeOffice, LATEST_EXCEL_API, type FakeWorkbook } from './index';
import { hostHas, memberOf } from './requirements';

// `Excel` and `Office` are the real @types/office-js globals: the fake must serve code typed against them.

const actionSheet = {
  sheet: 'Toimenpiteet',
  origin: { row: 3, col: 2 },
  values: [
    ['Toimenpide', 'Vastuuhenkilö', 'Aikataulu', 'Toteuma'],
    ['Perhekeskuksen palveluohjaus', 'Anna Virtanen', 'Syksy 2024', 'Käynnissä'],
    ['Lasten  ja nuorten hyvinvointisuunnitelma', null, '2024', 'Toteutunut'],
    ['Kotihoidon mittarit', 'Pekka Laine', new Date(Date.UTC(2024, 5, 30)), { error: '#REF!' }],
  ],
  tables: [{ name: 'Taulukko1', range: 'B3:E6', showHeaders: true }],
};

describe.each(HOST_VERSIONS)('fake Excel at ExcelApi %s: proxies and sync', (excelApi) => {
  const has = (requirement: string): boolean => hostHas({ excelApi, platform: 'OfficeOnline' }, requirement);
  function setup(options = {}): FakeWorkbook {
    return installFakeOffice(
      globalThis,
      createFakeWorkbook([actionSheet, { sheet: 'Talous', values: [['Talousarvio', 30842]] }], { excelApi, ...options }),
    );
  }

  it('throws PropertyNotLoaded for a property read before sync, as Office.js does', async () => {
    setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Toimenpiteet').getUsedRange();
      range.load('address');
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.address).toBe('Toimenpiteet!B3:E6');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('gives values as Office.js does: empty as "", dates as serial numbers, errors as text with valueType Error', async () => {
    setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('toimenpiteet')
        .getUsedRange(true)
        .load('values, valueTypes, rowIndex, columnIndex');
      await context.sync();
      expect(range.rowIndex).toBe(2);
      expect(range.columnIndex).toBe(1);
      expect(range.values[2]).toEqual(['Lasten  ja nuorten hyvinvointisuunnitelma', '', '2024', 'Toteutunut']);
      expect(range.values[3]).toEqual(['Kotihoidon mittarit', 'Pekka Laine', 45473, '#REF!']);
      expect(range.valueTypes[3]).toEqual(['String', 'String', 'Double', 'Error']);
      expect(range.valueTypes[2]?.[1]).toBe('Empty');
    });
  });

  it('counts syncs and the bytes each one moves', async () => {
    const wb = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
      const names = context.workbook.worksheets.items.map((s) => s.name);
      expect(names).toEqual(['Toimenpiteet', 'Talous']);
    });
    // The explicit sync; Excel.run's closing sync has nothing queued and costs no round trip.
    expect(wb.stats.syncs).toBe(1);
    expect(wb.stats.responseBytes[0]).toBeGreaterThan('ToimenpiteetTalous'.length);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Talous').getRange('C1').values = [[1]];
    });
    expect(wb.stats.syncs).toBe(2);
  });

  it('applies writes only at sync, in order, and keeps a set value readable on the proxy', async () => {
    const wb = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Yhteenveto');
      const range = sheet.getRange('A1:B1');
      range.values = [['Tila', 'Määrä']];
      expect(range.values).toEqual([['Tila', 'Määrä']]);
      expect(wb.sheetNames()).not.toContain('Yhteenveto');
      await context.sync();
      expect(wb.sheet('Yhteenveto')?.values).toEqual([['Tila', 'Määrä']]);
    });
  });

  it('refuses a values array that does not match the range, at sync', async () => {
    setup();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Talous').getRange('A1:C1').values = [['a', 'b']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('tells a missing sheet by isNullObject after sync, and getItem rejects it', async () => {
    setup();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Yhteenveto');
      const there = context.workbook.worksheets.getItemOrNullObject('TALOUS');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Yhteenveto').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('turns formula-looking and number-looking text into formulas and numbers unless quote-prefixed or formatted as text', async () => {
    const wb = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Talous');
      sheet.getRange('A3:E3').values = [['=SUM(A1)', '+358 40 123', '-5', '@x', '2024']];
      sheet.getRange('A4:E4').values = [["'=SUM(A1)", "'+358 40 123", "'-5", "'@x", "'2024"]];
      const asText = sheet.getRange('A5:B5');
      asText.numberFormat = [['@', '@']];
      asText.values = [['=SUM(A1)', '-5']];
      await context.sync();
    });
    const s = wb.sheet('Talous');
    expect(s?.formulas).toMatchObject({ A3: '=SUM(A1)', B3: '=+358 40 123', D3: '=x' });
    expect(s?.values[2]?.[2]).toBe(-5);
    expect(s?.values[2]?.[4]).toBe(2024);
    expect(s?.values[3]).toEqual(['=SUM(A1)', '+358 40 123', '-5', '@x', '2024']);
    expect(s?.values[4]?.slice(0, 2)).toEqual(['=SUM(A1)', '-5']);
    expect(Object.keys(s?.formulas ?? {})).not.toContain('A4');
  });

  it('adds conditional formats at the top of the priority list and lists those crossing a range', async () => {
    const wb = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Toimenpiteet').getRange('E4:E6');
      for (const formula of ['=E4="Toteutunut"', '=E4="Käynnissä"']) {
        const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = formula;
        cf.custom.format.fill.color = '#63be7b';
        cf.stopIfTrue = true;
      }
      await context.sync();
      const cfs = context.workbook.worksheets
        .getItem('Toimenpiteet')
        .getRange('E5')
        .conditionalFormats.load('items/type,items/custom/rule/formula');
      await context.sync();
      expect(cfs.items.map((c) => c.custom.rule.formula)).toEqual(['=E4="Käynnissä"', '=E4="Toteutunut"']);
      cfs.items[0]?.delete();
    });
    expect(wb.sheet('Toimenpiteet')?.conditionalFormats).toEqual([
      expect.objectContaining({ range: 'E4:E6', formula: '=E4="Toteutunut"', fill: '#63BE7B', stopIfTrue: true }),
    ]);
  });

  it('refuses writes on a protected sheet with AccessDenied but lets them be read', async () => {
    const wb = setup();
    wb.protectSheet('Toimenpiteet');
    await expect(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Toimenpiteet').getRange('E4');
        r.load('values');
        await context.sync();
        expect(r.values).toEqual([['Käynnissä']]);
        r.format.fill.color = '#FF0000';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('fails the Nth write and leaves the writes before it applied (Excel has no batch rollback)', async () => {
    const wb = setup();
    wb.faults.failAtWrite = 3;
    await expect(
      Excel.run(async (context) => {
        const s = context.workbook.worksheets.add('Uusi');
        s.getRange('A1').values = [['a']];
        s.getRange('A2').values = [['b']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(wb.sheet('Uusi')?.values).toEqual([['a']]);
  });

  it('fails every batch while the user is editing a cell', async () => {
    const wb = setup();
    wb.faults.cellEditMode = true;
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.load('items/name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  it('refuses a sync whose response passes the payload limit on the web, and not on desktop', async () => {
    const big = { sheet: 'Iso', values: Array.from({ length: 2000 }, (_, i) => [`Toimenpide ${i} ${'x'.repeat(40)}`]) };
    const load = () =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Iso').getUsedRange().load('values');
        await context.sync();
      });
    installFakeOffice(globalThis, createFakeWorkbook([big], { excelApi, payloadLimit: 50_000 }));
    await expect(load()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    installFakeOffice(globalThis, createFakeWorkbook([big], { excelApi, payloadLimit: 50_000, platform: 'PC' }));
    await expect(load()).resolves.toBeUndefined();
  });

  it('answers requirement-set checks from its configured ExcelApi version and refuses newer APIs at sync, as the host does', async () => {
    setup();
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.6')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(has('ExcelApi 1.7'));
    const freeze = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Talous').freezePanes.freezeRows(1);
      await context.sync();
    });
    if (has('ExcelApi 1.7')) await expect(freeze).resolves.toBeUndefined();
    else await expect(freeze).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('takes strikethrough on a range font only from ExcelApi 1.9, and the writes queued before it stay applied', async () => {
    const wb = setup();
    const strike = Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Talous').getRange('A1');
      range.format.font.italic = true;
      range.format.font.strikethrough = true;
      await context.sync();
    });
    if (has('ExcelApi 1.9')) {
      await expect(strike).resolves.toBeUndefined();
      expect(wb.sheet('Talous')?.fonts.A1).toEqual({ italic: true, strikethrough: true });
    } else {
      await expect(strike).rejects.toMatchObject({ code: 'ApiNotFound' });
      expect(wb.sheet('Talous')?.fonts.A1).toEqual({ italic: true });
    }
  });

  it('records the page layout a sheet is given, only from ExcelApi 1.9, with its header, footer and title rows', async () => {
    const wb = setup();
    const layout = Excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem('Talous').pageLayout;
      page.orientation = Excel.PageOrientation.landscape;
      page.paperSize = Excel.PaperType.a4;
      page.zoom = { horizontalFitToPages: 1 };
      page.leftMargin = 36;
      page.headersFooters.defaultForAllPages.centerFooter = 'Sivu &P / &N';
      page.setPrintTitleRows('$1:$3');
      await context.sync();
    });
    if (has('ExcelApi 1.9')) {
      await expect(layout).resolves.toBeUndefined();
      expect(wb.sheet('Talous')?.pageLayout).toMatchObject({
        orientation: 'Landscape',
        paperSize: 'A4',
        zoom: { horizontalFitToPages: 1 },
        margins: { left: 36 },
        headerFooter: { centerFooter: 'Sivu &P / &N' },
        printTitleRows: '$1:$3',
      });
    } else {
      await expect(layout).rejects.toMatchObject({ code: 'ApiNotFound' });
      expect(wb.sheet('Talous')?.pageLayout.orientation).toBe('Portrait');
    }
  });

  it('adds a table with a workbook-unique name, refuses a name or a range another table has, and deletes it with its cells', async () => {
    const wb = setup();
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Talous').tables.add('A1:B2', true);
      table.name = 'Myöhässä';
      table.style = 'TableStyleLight1';
      await context.sync();
    });
    expect(wb.sheet('Talous')?.tables).toEqual([{ name: 'Myöhässä', range: 'A1:B2', showHeaders: true, style: 'TableStyleLight1' }]);
    const clash = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Talous').tables.add('D1:E2', true).name = 'taulukko1';
      await context.sync();
    });
    await expect(clash).rejects.toMatchObject({ code: 'InvalidArgument' });
    const overlap = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Talous').tables.add('B2:C3', true);
      await context.sync();
    });
    await expect(overlap).rejects.toMatchObject({ code: 'InvalidOperation' });
    await Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem('Talous').tables.load('items/name');
      await context.sync();
      for (const t of tables.items) if (t.name === 'Myöhässä') t.delete();
      await context.sync();
    });
    expect(wb.sheet('Talous')?.tables.map((t) => t.name)).toEqual(['Table1']);
    expect(wb.sheet('Talous')?.values[0]?.[0] ?? null).toBeNull();
  });

  it('refuses to load a property newer than the host at sync, and loads what the host has when asked for everything', async () => {
    setup();
    const load = Excel.run(async (context) => {
      const font = context.workbook.worksheets.getItem('Talous').getRange('A1').format.font.load('strikethrough');
      await context.sync();
      return font.strikethrough;
    });
    if (has('ExcelApi 1.9')) await expect(load).resolves.toBe(false);
    else await expect(load).rejects.toMatchObject({ code: 'ApiNotFound' });
    const all = await Excel.run(async (context) => {
      const font = context.workbook.worksheets.getItem('Talous').getRange('A1').format.font.load();
      await context.sync();
      return font.toJSON();
    });
    expect('strikethrough' in all).toBe(has('ExcelApi 1.9'));
    expect(all).toMatchObject({ bold: false, italic: false });
  });

  it('refuses loudly, before any sync, a member that @types/office-js does not give the class', async () => {
    setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Talous').getRange('A1');
      expect(() => (range as unknown as { strike: unknown }).strike).toThrow(/Excel.Range has no member 'strike'/);
      expect(() => ((range.format as unknown as { strikethrough: boolean }).strikethrough = true)).toThrow(
        /Excel.RangeFormat has no member/,
      );
      expect(() => ((range as unknown as { address: string }).address = 'B2')).toThrow(/read-only/);
      // The fake's own insides are not Office.js either.
      expect(() => (range as unknown as { resolve: unknown }).resolve).toThrow(/has no member 'resolve'/);
    });
  });

  it('writes a link to a cell with Range.hyperlink from ExcelApi 1.7, showing its text as the value', async () => {
    const wb = setup();
    const link = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Talous').getRange('C1').hyperlink = {
        documentReference: "'Toimenpiteet'!E5",
        textToDisplay: '=E5',
      };
      await context.sync();
    });
    if (!has('ExcelApi 1.7')) {
      await expect(link).rejects.toMatchObject({ code: 'ApiNotFound' });
      return;
    }
    await link;
    const s = wb.sheet('Talous');
    expect(s?.hyperlinks).toEqual({ C1: { documentReference: "'Toimenpiteet'!E5", textToDisplay: '=E5' } });
    expect(s?.values[0]?.[2]).toBe('=E5');
    expect(s?.formulas).toEqual({});
  });

  it('refuses a cell text over 32 767 characters and a formula text constant over 255, and takes them at exactly that length', async () => {
    const wb = setup();
    const write = (text: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Talous').getRange('D1').values = [[text]];
        await context.sync();
      });
    await expect(write(`'${'x'.repeat(32_768)}`)).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write(`'${'x'.repeat(32_767)}`)).resolves.toBeUndefined();
    expect(String(wb.sheet('Talous')?.values[0]?.[3]).length).toBe(32_767);
    // In a formula a text constant holds 255 characters.
    await expect(write(`=HYPERLINK("#Talous!A1","${'x'.repeat(256)}")`)).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write(`=HYPERLINK("#Talous!A1","${'x'.repeat(255)}")`)).resolves.toBeUndefined();
  });

  it('refuses to delete a very hidden sheet', async () => {
    const wb = installFakeOffice(
      globalThis,
      createFakeWorkbook([actionSheet, { sheet: 'Piilo', values: [['x']], veryHidden: true }], { excelApi }),
    );
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Piilo').delete();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(wb.sheetNames()).toEqual(['Toimenpiteet', 'Piilo']);
  });

  it('refuses adding, deleting, renaming and moving sheets while the structure is protected, and tells so from ExcelApi 1.7', async () => {
    const wb = setup();
    wb.protectStructure();
    for (const change of [
      (c: Excel.RequestContext) => void c.workbook.worksheets.add('Uusi'),
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Talous').delete(),
      (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem('Talous').name = 'Talous 2024'),
      (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem('Talous').position = 0),
    ]) {
      await expect(Excel.run(async (context) => change(context))).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(wb.sheetNames()).toEqual(['Toimenpiteet', 'Talous']);
    // Writing cells is no structure change.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Talous').getRange('B2').values = [[1]];
    });
    const read = Excel.run(async (context) => {
      const protection = context.workbook.protection.load('protected');
      await context.sync();
      return protection.protected;
    });
    if (has('ExcelApi 1.7')) await expect(read).resolves.toBe(true);
    else await expect(read).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('turns formulas that refer to a deleted sheet into #REF!, and follows a renamed one', async () => {
    const wb = setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Toimenpiteet');
      ws.getRange('H1:I1').formulas = [['=Talous!B1', `=HYPERLINK("#Talous!A1","Talous!A1")`]];
      await context.sync();
      context.workbook.worksheets.getItem('Talous').name = 'Talous 2024';
    });
    expect(wb.sheet('Toimenpiteet')?.formulas).toEqual({ H1: "='Talous 2024'!B1", I1: `=HYPERLINK("#Talous!A1","Talous!A1")` });
    expect(wb.sheet('Toimenpiteet')?.values[0]?.[7]).toBe(30842);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Talous 2024').delete();
    });
    expect(wb.sheet('Toimenpiteet')?.formulas.H1).toBe('=#REF!B1');
    expect(wb.sheet('Toimenpiteet')?.values[0]?.[7]).toBe('#REF!');
  });

  it('makes a series per column after a first column of labels, as Excel does, and refuses a series the chart lacks', async () => {
    const wb = setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Talous');
      ws.getRange('A3:C5').values = [
        ['Yksikkö', 'Toteutunut', 'Kesken'],
        ['Pori', 3, 2],
        ['Ulvila', 1, 4],
      ];
      const chart = ws.charts.add(Excel.ChartType.columnStacked, ws.getRange('A3:C5'), Excel.ChartSeriesBy.columns);
      chart.series.getItemAt(1).format.fill.setSolidColor('#f8696b');
      chart.series.getItemAt(1).format.line.color = '#7F7F7F';
      chart.legend.position = Excel.ChartLegendPosition.bottom;
    });
    expect(wb.sheet('Talous')?.charts[0]).toMatchObject({
      series: [
        { fill: null, line: null },
        { fill: '#F8696B', line: '#7F7F7F' },
      ],
      legendPosition: 'Bottom',
    });
    const third = Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Talous');
      ws.charts.getItem('Chart 1').series.getItemAt(2).format.fill.setSolidColor('#63BE7B');
    });
    await expect(third).rejects.toMatchObject({ code: 'ItemNotFound' });
    // Dates as serial numbers in the first column are no labels to Excel: they become a series of their own.
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Talous');
      ws.getRange('E3:F5').values = [
        ['Päivä', 'Toteutunut'],
        [45473, 3],
        [45565, 5],
      ];
      ws.charts.add(Excel.ChartType.columnStacked, ws.getRange('E3:F5'), Excel.ChartSeriesBy.columns);
    });
    expect(wb.sheet('Talous')?.charts[1]?.series).toHaveLength(2);
  });

  it('clears a whole sheet with Range.clear, links too, and leaves conditional formats, charts and freeze panes to their own calls', async () => {
    const wb = setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Toimenpiteet');
      ws.getRange('E4:E6').conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula = '=E4="Käynnissä"';
      ws.charts.add(Excel.ChartType.pie, ws.getRange('B3:C4'), Excel.ChartSeriesBy.columns);
      ws.getRange().clear();
    });
    const s = wb.sheet('Toimenpiteet');
    expect(s?.values).toEqual([]);
    expect(s?.conditionalFormats).toHaveLength(1);
    expect(s?.charts).toHaveLength(1);
    const links = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Toimenpiteet').getRange().clear(Excel.ClearApplyTo.hyperlinks);
    });
    if (has('ExcelApi 1.7')) await expect(links).resolves.toBeUndefined();
    else await expect(links).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('holds a batch run with delayForCellEdit until the user leaves cell-edit mode; without it the batch fails', async () => {
    const wb = setup();
    wb.faults.cellEditMode = true;
    const write = (options: Excel.RunOptions | null) => {
      const batch = async (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem('Talous').getRange('B2').values = [['valmis']];
        await context.sync();
      };
      return options ? Excel.run(options, batch) : Excel.run(batch);
    };
    await expect(write(null)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    wb.faults.cellEditCode = 'InvalidOperation';
    await expect(write(null)).rejects.toMatchObject({ code: 'InvalidOperation', debugInfo: { code: 'InvalidOperation' } });
    let done = false;
    const delayed = write({ delayForCellEdit: true }).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    wb.faults.cellEditMode = false;
    await delayed;
    expect(wb.sheet('Talous')?.values[1]?.[1]).toBe('valmis');
  });

  it('answers each Excel.run after runDelayMs when set, as a slow workbook does, and at once by default', async () => {
    const wb = setup();
    const read = () =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Talous').getRange('B1');
        range.load('values');
        await context.sync();
        return range.values[0]?.[0];
      });
    const timed = async () => {
      const start = Date.now();
      const value = await read();
      return { value, ms: Date.now() - start };
    };
    const quick = await timed();
    wb.faults.runDelayMs = 120;
    const slow = await timed();
    expect(quick).toMatchObject({ value: 30842 });
    expect(quick.ms).toBeLessThan(100);
    expect(slow.value).toBe(30842);
    expect(slow.ms).toBeGreaterThanOrEqual(115);
  });

  it("gives Office's theme when one is set, and none otherwise, as older hosts do", () => {
    setup();
    expect(Office.context.officeTheme).toBeUndefined();
    // Office's Black theme (ThemeId.Black is 0: the enum exists only in the typings).
    const black: Office.OfficeTheme = {
      isDarkTheme: true,
      themeId: 0 as Office.ThemeId,
      bodyBackgroundColor: '#262626',
      bodyForegroundColor: '#FFFFFF',
      controlBackgroundColor: '#363636',
      controlForegroundColor: '#FFFFFF',
    };
    installFakeOffice(globalThis, createFakeWorkbook([actionSheet], { excelApi }), { officeTheme: black });
    expect(Office.context.officeTheme?.bodyBackgroundColor).toBe('#262626');
  });

  it('runs a ribbon command registered with Office.actions.associate until it completes', async () => {
    const wb = setup();
    Office.actions.associate('generateSummary', async (event: Office.AddinCommands.Event) => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Talous').activate();
      });
      event.completed();
    });
    await wb.invokeAction('generateSummary');
    expect(wb.snapshot().activeSheet).toBe('Talous');
  });

  it('keeps settings, sheet deletion and selection in the readable state', async () => {
    const wb = setup();
    await Excel.run(async (context) => {
      context.workbook.settings.add('seuranta', { lang: 'sv' });
      context.workbook.worksheets.getItem('Talous').getRange('B1').select();
      await context.sync();
      const s = context.workbook.settings.getItemOrNullObject('seuranta').load('value');
      await context.sync();
      expect(s.value).toEqual({ lang: 'sv' });
      context.workbook.worksheets.getItem('Toimenpiteet').delete();
    });
    expect(wb.snapshot()).toMatchObject({
      activeSheet: 'Talous',
      selection: { sheet: 'Talous', address: 'B1' },
      settings: { seuranta: { lang: 'sv' } },
    });
    expect(wb.sheetNames()).toEqual(['Talous']);
  });
});

describe('fake Excel: its classes offer only what the typings give', () => {
  /** The fake's own machinery on each class: not Office.js, and never reachable through the wrappers the code under test sees. */
  const INSIDES = new Set([
    'constructor',
    'apiClass',
    'resolve',
    'target',
    'collect',
    'read',
    'write',
    'call',
    'props',
    'children',
    'checkAlive',
    'listItems',
    'once',
    'derive',
    'queue',
    'queueWrite',
  ]);

  it('names, on every fake class, only members that the Excel class it stands for has in @types/office-js', () => {
    const offered: string[] = [];
    const classes = (Object.values(api) as unknown[]).filter(
      (v): v is abstract new (...a: never[]) => unknown => typeof v === 'function' && v.prototype instanceof api.ClientObject,
    );
    for (const cls of classes) {
      const apiClass = Object.getOwnPropertyDescriptor(cls.prototype, 'apiClass')?.get?.call(null) as string | undefined;
      // A part (a format's fill, a chart's title) is told its class when made; its members come from the table it is given.
      if (apiClass === undefined) continue;
      // ClientObject's own members (load, toJSON, isNullObject) are each class's only where the typings say so; the wrapper sees to that.
      for (let proto = cls.prototype as object; proto !== api.ClientObject.prototype; proto = Object.getPrototypeOf(proto) as object) {
        for (const name of Object.getOwnPropertyNames(proto)) {
          if (INSIDES.has(name)) continue;
          offered.push(`${apiClass}.${name}`);
          expect(memberOf(apiClass, name) ? `${apiClass}.${name}` : `${apiClass}.${name} is not in the typings`).toBe(
            `${apiClass}.${name}`,
          );
        }
      }
    }
    expect(offered).toEqual(
      expect.arrayContaining(['Range.values', 'Range.hyperlink', 'WorkbookProtection.protected', 'RangeFont.strikethrough']),
    );
  });

  it('defaults to the newest ExcelApi version the typings know', () => {
    expect(createFakeWorkbook([]).model.options.excelApi).toBe(LATEST_EXCEL_API);
  });
});
