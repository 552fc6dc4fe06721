/** The fake behaves like Office.js where our host depends on it: loads, syncs, null objects, entry rules, limits, faults. */
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from './index';

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

function setup(options = {}): FakeWorkbook {
  return installFakeOffice(globalThis, createFakeWorkbook([actionSheet, { sheet: 'Talous', values: [['Talousarvio', 30842]] }], options));
}

describe('fake Excel: proxies and sync', () => {
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
      const range = context.workbook.worksheets.getItem('toimenpiteet').getUsedRange(true).load('values, valueTypes, rowIndex, columnIndex');
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
      const cfs = context.workbook.worksheets.getItem('Toimenpiteet').getRange('E5').conditionalFormats.load('items/type,items/custom/rule/formula');
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
    installFakeOffice(globalThis, createFakeWorkbook([big], { payloadLimit: 50_000 }));
    await expect(load()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    installFakeOffice(globalThis, createFakeWorkbook([big], { payloadLimit: 50_000, platform: 'PC' }));
    await expect(load()).resolves.toBeUndefined();
  });

  it('answers requirement-set checks from its configured ExcelApi version and refuses newer APIs at sync', async () => {
    setup({ excelApi: '1.6' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.6')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(false);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Talous').freezePanes.freezeRows(1);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
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
