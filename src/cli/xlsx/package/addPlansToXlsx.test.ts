import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { seed000Workbook } from '../../../../fixtures/seed000';
import { seed002BudgetWorkbook } from '../../../../fixtures/seed002Budget';
import { workbookDataToXlsx } from '../../../../fixtures/toXlsx';
import { strictPackage } from '../../../../fixtures/xlsxParts';
import { buildReport } from '../../../core/buildReport';
import { generatedKindOf } from '../../../core/generated/generatedMarker';
import { planSheets } from '../../../core/planSheets';
import type { SheetKind, SheetPlan } from '../../../core/schema/sheetPlan';
import { packageProblems } from '../../../../test/cli/packageProblems';
import { xmlDecoderFor } from '../read/xmlDecoderFor';
import { generatedSheetsOf } from '../read/generatedSheetsOf';
import { readXlsxPackage } from '../read/readXlsxPackage';
import { addPlansToXlsx } from './addPlansToXlsx';
import { STRICT, TRANSITIONAL } from './ooxmlNamespaces';

// Real .xlsx files are zipped and parsed; on a busy CI machine that takes longer than Jest's 5 s default.
jest.setTimeout(60_000);

const SHEET_LIST_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

/** Seed 000's seven workstream sheets and seed 002's budget sheet, as a manager's one workbook. */
async function managersWorkbook(): Promise<{ bytes: Buffer; plans: SheetPlan[] }> {
  const data = seed000Workbook();
  const budget = seed002BudgetWorkbook();
  const workbook = { ...data, sheets: [...data.sheets, ...budget.sheets] };
  const bytes = await workbookDataToXlsx(workbook);
  return { bytes, plans: planSheets(buildReport(workbook, { asOf: '2022-12-31', lang: 'fi' })) };
}

async function written(input: Buffer, plans: readonly SheetPlan[], generated = new Map<string, SheetKind>()): Promise<Buffer> {
  const result = await addPlansToXlsx(input, plans, generated);
  if (!result.ok) throw new Error(`not written: ${result.detail}`);
  return result.bytes;
}

async function parts(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('nodebuffer'));
  return out;
}

async function text(bytes: Buffer, part: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(part);
  if (!file) throw new Error(`no part ${part}`);
  return file.async('string');
}

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/**
 * A cell's value as Excel shows it: ExcelJS hands over `_xHHHH_` in stored text as it is, where Excel
 * reads that character; and reads a serial number with a date format as a Date.
 */
function excelText(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  return typeof value === 'string'
    ? value.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : value;
}

/** The sheet's location links, as `<hyperlink ref location>` elements; an `r:id` would make one an outside address. */
function hyperlinksOf(sheetXml: string): Array<{ ref: string; location: string }> {
  const doc = new DOMParser().parseFromString(sheetXml, 'text/xml');
  return Array.from(doc.getElementsByTagName('hyperlink')).map((h) => {
    expect(h.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id')).toBeNull();
    return { ref: h.getAttribute('ref') ?? '', location: h.getAttribute('location') ?? '' };
  });
}

function generatedKinds(wb: ExcelJS.Workbook): Map<string, SheetKind> {
  const out = new Map<string, SheetKind>();
  for (const ws of wb.worksheets) {
    const kind = generatedKindOf(ws.getCell('AZ1').value);
    if (kind) out.set(ws.name, kind);
  }
  return out;
}

describe('addPlansToXlsx', () => {
  it("copies every part of the user's byte for byte and changes only the lists of sheets, styles and types", async () => {
    const { bytes, plans } = await managersWorkbook();
    const before = await parts(bytes);
    const out = await written(bytes, plans);
    const after = await parts(out);
    const folders = async (b: Buffer) =>
      Object.values((await JSZip.loadAsync(b)).files)
        .filter((f) => f.dir)
        .map((f) => f.name);
    expect(await folders(out)).toEqual(await folders(bytes));
    for (const [name, content] of before) {
      if (SHEET_LIST_PARTS.includes(name)) continue;
      expect({ name, same: after.get(name)?.equals(content) }).toEqual({ name, same: true });
    }
    const added = [...after.keys()].filter((n) => !before.has(n));
    expect(added.sort()).toEqual(
      [
        'xl/worksheets/sheet9.xml',
        'xl/worksheets/_rels/sheet9.xml.rels',
        'xl/drawings/drawing1.xml',
        'xl/drawings/_rels/drawing1.xml.rels',
        'xl/charts/chart1.xml',
        'xl/worksheets/sheet10.xml',
        'xl/worksheets/_rels/sheet10.xml.rels',
        // The summary's owners and issues, the budget comparison's rows: Excel tables.
        'xl/tables/table1.xml',
        'xl/tables/table2.xml',
        'xl/tables/table3.xml',
      ].sort(),
    );
  });

  it("keeps the workbook's own cell formats at their places and adds the new ones after them", async () => {
    const { bytes, plans } = await managersWorkbook();
    const xfs = (styles: string) =>
      [...(/<cellXfs[^>]*>(.*)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*?(\/>|>.*?<\/xf>)/gs)].map((m) => m[0]);
    const before = xfs(await text(bytes, 'xl/styles.xml'));
    const afterStyles = await text(await written(bytes, plans), 'xl/styles.xml');
    const after = xfs(afterStyles);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    expect(afterStyles).toContain(`<cellXfs count="${after.length}">`);
  });

  it('writes every value of the plans as Excel reads it: text as text, numbers as numbers, links as location links', async () => {
    const { bytes, plans } = await managersWorkbook();
    expect(plans.find((p) => p.kind === 'summary')?.links.length).toBeGreaterThan(0);
    const out = await written(bytes, plans);
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name).slice(-2)).toEqual(['Yhteenveto', 'Budjettivertailu']);
    for (const [index, plan] of plans.entries()) {
      const ws = wb.getWorksheet(plan.name)!;
      const links = new Set(plan.links.map((l) => l.cell));
      plan.values.forEach((line, r) =>
        line.forEach((value, c) => {
          const cell = ws.getCell(r + 1, c + 1);
          if (links.has(cell.address)) return;
          expect({ at: cell.address, value: excelText(cell.value) }).toEqual({ at: cell.address, value: value ?? null });
        }),
      );
      for (const link of plan.links) expect(ws.getCell(link.cell).value).toBe(link.text);
      const sheetXml = await text(out, `xl/worksheets/sheet${9 + index}.xml`);
      expect(sheetXml).not.toMatch(/<f[ >]/);
      expect(hyperlinksOf(sheetXml)).toEqual(
        plan.links.map((l) => ({
          ref: l.cell,
          location: `'${l.sheet.replace(/'/g, "''")}'!${l.target.replace(/([A-Z]+)(\d+)/, '$$$1$$$2')}`,
        })),
      );
      expect(generatedKindOf(ws.getCell('AZ1').value)).toBe(plan.kind);
      expect(ws.getColumn('AZ').hidden).toBe(true);
    }
    const summary = plans.find((p) => p.kind === 'summary')!;
    expect(wb.getWorksheet('Yhteenveto')!.views[0]).toMatchObject({ state: 'frozen', ySplit: summary.freeze?.rows });
  });

  it('gives the colour rules their order and stop-if-true, which a spreadsheet library would drop', async () => {
    const { bytes } = await managersWorkbook();
    const plan: SheetPlan = {
      kind: 'summary',
      name: 'Yhteenveto',
      values: [['Tila'], ['Toteutunut'], ['Ei /korona']],
      formats: [{ range: 'A1', bold: true, border: { style: 'bottom', color: '#8EA9DB' } }],
      conditionalFormats: [
        {
          range: 'A2:A3',
          rules: [
            { formula: '=$A2="Toteutunut"', fill: '#63BE7B', stopIfTrue: true },
            { formula: '=LEFT($A2,2)="Ei"', fontColor: '#9C0006', strike: true, stopIfTrue: false },
          ],
        },
      ],
      links: [],
      columnWidths: [20],
    };
    const out = await written(bytes, [plan]);
    const sheet = await text(out, 'xl/worksheets/sheet9.xml');
    expect(sheet).toMatch(
      /<conditionalFormatting sqref="A2:A3"><cfRule type="expression" dxfId="(\d+)" priority="1" stopIfTrue="1"><formula>\$A2=&quot;Toteutunut&quot;<\/formula><\/cfRule><cfRule type="expression" dxfId="(\d+)" priority="2"><formula>LEFT\(\$A2,2\)=&quot;Ei&quot;<\/formula>/,
    );
    const cf = ((await open(out)).getWorksheet('Yhteenveto') as unknown as { conditionalFormattings: { rules: { style: unknown }[] }[] })
      .conditionalFormattings[0]!;
    expect(cf.rules[0]!.style).toMatchObject({ fill: { bgColor: { argb: 'FF63BE7B' } } });
    expect(cf.rules[1]!.style).toMatchObject({ font: { strike: true, color: { argb: 'FF9C0006' } } });
  });

  it('links to other files through external relationships of the sheet, beside its chart’s drawing', async () => {
    const { bytes, plans } = await managersWorkbook();
    const summary = plans.find((p) => p.kind === 'summary')!;
    const fileLinks = [{ cell: 'A2', path: '../yksiköt/Koti hoito.xlsx', text: 'Koti hoito.xlsx' }];
    const out = await written(bytes, [{ ...summary, fileLinks }]);
    expect(await packageProblems(out)).toEqual([]);
    const rels = await text(out, 'xl/worksheets/_rels/sheet9.xml.rels');
    expect(rels).toContain('Target="../drawings/drawing1.xml"');
    expect(rels).toContain(
      '<Relationship Id="rIdL1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="../yksik%C3%B6t/Koti%20hoito.xlsx" TargetMode="External"/>',
    );
    const cell = (await open(out)).getWorksheet('Yhteenveto')!.getCell('A2');
    expect(cell.hyperlink).toBe('../yksik%C3%B6t/Koti%20hoito.xlsx');
  });

  it("draws the summary's chart in parts of its own, with its figures cached, and leaves no loose part", async () => {
    const { bytes, plans } = await managersWorkbook();
    const out = await written(bytes, plans);
    expect(await packageProblems(out)).toEqual([]);
    const summary = plans.find((p) => p.kind === 'summary')!;
    expect(summary.chart).toBeDefined();
    expect(await text(out, 'xl/worksheets/_rels/sheet9.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
    expect(await text(out, 'xl/worksheets/sheet9.xml')).toMatch(/<drawing r:id="rId1"\/>(<tableParts .*<\/tableParts>)?<\/worksheet>$/);
    const chart = await text(out, 'xl/charts/chart1.xml');
    expect(chart).toContain(`<a:t>${summary.chart!.title}</a:t>`);
    expect(chart).toContain("<c:f>'Yhteenveto'!$B$");
    const data = /^A(\d+):B(\d+)$/.exec(summary.chart!.dataRange)!;
    const firstLabel = summary.values[Number(data[1]) - 1]![0];
    expect(chart).toContain(`<c:pt idx="0"><c:v>${String(firstLabel)}</c:v></c:pt>`);
    expect(await text(out, 'xl/drawings/drawing1.xml')).toContain('<c:chart xmlns:c=');
  });

  it("on a second run replaces the tool's sheets where they stood, with the chart, local names and calculation chain that went with them", async () => {
    const { bytes, plans } = await managersWorkbook();
    const first = await written(bytes, plans);
    // The user moves the summary first and makes it the active tab; Excel kept a calculation chain.
    const zip = await JSZip.loadAsync(first);
    let workbook = await zip.file('xl/workbook.xml')!.async('string');
    const summarySheet = /<sheet name="Yhteenveto"[^>]*\/>/.exec(workbook)![0];
    workbook = workbook
      .replace(summarySheet, '')
      .replace(/<bookViews>.*<\/bookViews>/s, '')
      .replace('<sheets>', `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${summarySheet}`)
      .replace(
        '</sheets>',
        '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Yhteenveto!$A$1:$C$20</definedName>' +
          '<definedName name="Omat" localSheetId="2">\'Tiedolla johtaminen\'!$A$1</definedName></definedNames>',
      );
    zip.file('xl/workbook.xml', workbook);
    // The chain names the summary's cells (sheetId 9) after a user sheet's; a cell without `i` is on the sheet before it.
    zip.file(
      'xl/calcChain.xml',
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B4" i="1"/><c r="E20" i="9"/><c r="E21"/></calcChain>',
    );
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const edited = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await packageProblems(edited)).toEqual([]);
    const namesBefore = (await open(edited)).worksheets.map((w) => w.name);

    const second = await written(edited, plans, generatedKinds(await open(edited)));
    expect(await packageProblems(second)).toEqual([]);
    const wb = await open(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(namesBefore);
    const after = await parts(second);
    expect(after.has('xl/calcChain.xml')).toBe(false);
    // The new sheets, chart and tables take the names the old ones had: one of each, none left behind.
    expect([...after.keys()].filter((n) => /^xl\/(charts|drawings|tables)\/[^/]+\.xml$/.test(n)).sort()).toEqual([
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/tables/table1.xml',
      'xl/tables/table2.xml',
      'xl/tables/table3.xml',
    ]);
    expect([...after.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(10);
    const book = await text(second, 'xl/workbook.xml');
    expect(book).not.toContain('Print_Area');
    expect(book).toContain('<definedName name="Omat" localSheetId="2">');
    expect(book).toMatch(/<workbookView activeTab="0"\/>/);
    expect(await text(second, 'xl/worksheets/sheet9.xml')).toContain('<sheetView tabSelected="1" workbookViewId="0">');
  });

  /** Each table part's name and id, and the sheet part that lists it. */
  async function tablesOf(b: Buffer): Promise<{ name: string; id: string; ref: string }[]> {
    const zip = await JSZip.loadAsync(b);
    const tables = Object.keys(zip.files).filter((n) => n.startsWith('xl/tables/'));
    return Promise.all(
      tables.map(async (n) => {
        const t = new DOMParser().parseFromString(await zip.file(n)!.async('string'), 'text/xml').documentElement!;
        return { name: t.getAttribute('name') ?? '', id: t.getAttribute('id') ?? '', ref: t.getAttribute('ref') ?? '' };
      }),
    );
  }

  it('writes the lists as Excel tables, repeats the title rows on printed pages, and replaces both on a rerun', async () => {
    const { bytes, plans } = await managersWorkbook();
    const once = await written(bytes, plans);
    const names = (await tablesOf(once)).map((t) => t.name).sort();
    expect(names).toEqual(['Budjettivertailu', 'Huomiot', 'Vastuuhenkilöt']);
    const book = await text(once, 'xl/workbook.xml');
    // The generated sheets follow the workbook's eight.
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="8">'Yhteenveto'!$1:$3</definedName>`);
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="9">'Budjettivertailu'!$1:$2</definedName>`);
    const again = await written(once, plans, generatedKinds(await open(once)));
    expect((await tablesOf(again)).map((t) => t.name).sort()).toEqual(names);
    expect((await text(again, 'xl/workbook.xml')).match(/_xlnm\.Print_Titles/g)).toHaveLength(2);
    expect(await packageProblems(again)).toEqual([]);
  });

  it('names a new table apart from every table the workbook keeps, and gives it an id of its own', async () => {
    const { bytes, plans } = await managersWorkbook();
    const once = await written(bytes, plans);
    // Not told which sheets are the tool's: the earlier ones stay, as a user's own would, with their tables.
    const both = await tablesOf(await written(once, plans));
    expect(both.map((t) => t.name).sort()).toEqual([
      'Budjettivertailu',
      'Budjettivertailu_2',
      'Huomiot',
      'Huomiot_2',
      'Vastuuhenkilöt',
      'Vastuuhenkilöt_2',
    ]);
    expect(new Set(both.map((t) => t.id)).size).toBe(6);
  });

  it("is the same size after ten reruns as after one: the tool's styles and part names are found again, not added again", async () => {
    const { bytes, plans } = await managersWorkbook();
    const styleCounts = async (b: Buffer) => {
      const styles = await text(b, 'xl/styles.xml');
      const doc = new DOMParser().parseFromString(styles, 'text/xml').documentElement!;
      const counts: Record<string, number> = {};
      for (let n = doc.firstChild; n; n = n.nextSibling)
        if (n.nodeType === 1) counts[n.nodeName] = (n as unknown as { childNodes: ArrayLike<{ nodeType: number }> }).childNodes.length;
      return counts;
    };
    const once = await written(bytes, plans);
    const onceParts = await parts(once);
    let again = once;
    for (let run = 2; run <= 11; run++) {
      again = await written(again, plans, generatedKinds(await open(again)));
      // The tool's parts take the names the last run gave them, every run, not a name beside them.
      expect({ run, parts: [...(await parts(again)).keys()] }).toEqual({ run, parts: [...onceParts.keys()] });
    }
    expect(await styleCounts(again)).toEqual(await styleCounts(once));
    expect(await text(again, 'xl/styles.xml')).toBe(await text(once, 'xl/styles.xml'));
    // Every part as the first run wrote it, but the new sheets' ids: a removed sheet's id is not given again.
    const withoutSheetIds = (xml: string) => xml.replace(/ sheetId="\d+"/g, '');
    const againParts = await parts(again);
    for (const [name, bytes] of onceParts) {
      const xml = withoutSheetIds(againParts.get(name)?.toString('utf8') ?? '');
      expect({ name, xml }).toEqual({ name, xml: withoutSheetIds(bytes.toString('utf8')) });
    }
    expect(Math.abs(again.length - once.length)).toBeLessThanOrEqual(4);
    expect(await packageProblems(again)).toEqual([]);
  });

  it("keeps the user's calculation chain on a rerun when it lists no cell of the sheets that go", async () => {
    const { bytes, plans } = await managersWorkbook();
    const zip = await JSZip.loadAsync(await written(bytes, plans));
    const chain =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C5" i="1"/><c r="C6"/><c r="D12" i="8" l="1"/></calcChain>';
    zip.file('xl/calcChain.xml', chain);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const edited = await zip.generateAsync({ type: 'nodebuffer' });

    const second = await written(edited, plans, generatedKinds(await open(edited)));
    expect(await text(second, 'xl/calcChain.xml')).toBe(chain);
    expect(await text(second, 'xl/_rels/workbook.xml.rels')).toContain('Target="calcChain.xml"');
    expect(await packageProblems(second)).toEqual([]);
  });

  it("never gives a new part a name a relationship already points to, so a user's sheet never shows the summary", async () => {
    const { bytes, plans } = await managersWorkbook();
    // A user's sheet whose part is missing from the package (a broken save): its relationship still names sheet9.xml.
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', workbook.replace('</sheets>', '<sheet name="Muistio" sheetId="20" r:id="rId90"/></sheets>'));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>',
      ),
    );
    const broken = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await packageProblems(broken)).toEqual(['xl/_rels/workbook.xml.rels points to missing xl/worksheets/sheet9.xml']);

    const out = await written(broken, plans);
    expect(await packageProblems(out)).toEqual(['xl/_rels/workbook.xml.rels points to missing xl/worksheets/sheet9.xml']);
    expect(Object.keys((await JSZip.loadAsync(out)).files)).not.toContain('xl/worksheets/sheet9.xml');
    expect((await text(out, 'xl/_rels/workbook.xml.rels')).match(/Target="worksheets\/sheet9\.xml"/g)).toHaveLength(1);
  });

  it('extends a package whose XML parts open with a byte-order mark, and one in UTF-16, instead of falling back', async () => {
    const { bytes, plans } = await managersWorkbook();
    for (const encode of [
      (xml: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')]),
      (xml: string) =>
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]),
    ]) {
      const zip = await JSZip.loadAsync(bytes);
      for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
        zip.file(name, encode(await zip.file(name)!.async('string')));
      }
      const input = await zip.generateAsync({ type: 'nodebuffer' });
      const before = await parts(input);
      const out = await written(input, plans);
      expect(await packageProblems(out)).toEqual([]);
      for (const [name, content] of before) {
        if (SHEET_LIST_PARTS.includes(name)) continue;
        expect({ name, same: (await parts(out)).get(name)?.equals(content) }).toEqual({ name, same: true });
      }
      const workbookXml = (await parts(out)).get('xl/workbook.xml') ?? Buffer.alloc(0);
      expect(xmlDecoderFor(workbookXml).decode(workbookXml)).toMatch(/<sheet [^>]*name="Yhteenveto"/);
    }
  });

  it('extends a package zipped with Windows separators (xl\\workbook.xml), keeping its parts as they were', async () => {
    const { bytes, plans } = await managersWorkbook();
    const source = await JSZip.loadAsync(bytes);
    const windows = new JSZip();
    for (const name of Object.keys(source.files).filter((n) => !source.files[n]?.dir)) {
      windows.file(name.replace(/\//g, '\\'), await source.file(name)!.async('uint8array'), { createFolders: false });
    }
    const input = await windows.generateAsync({ type: 'nodebuffer' });
    const out = await written(input, plans);
    const after = await JSZip.loadAsync(out);
    for (const name of Object.keys(windows.files)) {
      const same = Buffer.from(await after.file(name)!.async('uint8array')).equals(
        Buffer.from(await windows.file(name)!.async('uint8array')),
      );
      expect({ name, same: SHEET_LIST_PARTS.includes(name.replace(/\\/g, '/')) || same }).toEqual({ name, same: true });
    }
    expect(await after.file('xl\\workbook.xml')!.async('string')).toMatch(/<sheet [^>]*name="Yhteenveto"/);
  });

  it('extends a package written with prefixed SpreadsheetML and no styles part', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml" Id="R1"/></Relationships>',
    );
    zip.file(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets><x:sheet name="Seuranta 2024" sheetId="1" r:id="R9"/></x:sheets></x:workbook>',
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet.xml" Id="R9"/></Relationships>',
    );
    zip.file(
      'xl/worksheets/sheet.xml',
      '<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Toimenpide</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    );
    const input = await zip.generateAsync({ type: 'nodebuffer' });
    const plan: SheetPlan = {
      kind: 'summary',
      name: 'Yhteenveto',
      values: [['Seurannan yhteenveto']],
      formats: [{ range: 'A1', bold: true }],
      conditionalFormats: [],
      links: [],
      columnWidths: [30],
    };
    const out = await written(input, [plan]);
    expect(await packageProblems(out)).toEqual([]);

    // ExcelJS cannot open such a package, so the test reads the parts the way Excel finds them.
    expect(await text(out, 'xl/workbook.xml')).toContain('<x:sheet name="Yhteenveto" sheetId="2" r:id="rId3"/>');
    const rels = await text(out, 'xl/_rels/workbook.xml.rels');
    expect(rels).toContain(
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>',
    );
    // The usual name, which openpyxl (and so pandas) needs: it reads xl/styles.xml whatever the relationship says.
    expect(rels).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"');
    const types = await text(out, '[Content_Types].xml');
    expect(types).toContain(
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    );
    expect(await text(out, 'xl/worksheets/sheet1.xml')).toMatch(
      /<c r="A1" s="1" t="inlineStr"><is><t>Seurannan yhteenveto<\/t><\/is><\/c>/,
    );
    expect(await text(out, 'xl/styles.xml')).toMatch(
      /<cellXfs count="2">.*<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"\/><\/cellXfs>/s,
    );
    expect(await text(out, 'xl/worksheets/sheet.xml')).toContain('<x:t>Toimenpide</x:t>');
  });

  it('puts a missing styles part back where its relationship points, without a second relationship', async () => {
    const { bytes, plans } = await managersWorkbook();
    const zip = await JSZip.loadAsync(bytes);
    zip.remove('xl/styles.xml');
    const out = await written(await zip.generateAsync({ type: 'nodebuffer' }), plans);
    expect(await packageProblems(out)).toEqual([]);
    expect((await text(out, 'xl/_rels/workbook.xml.rels')).match(/relationships\/styles"/g)).toHaveLength(1);
    expect((await text(out, '[Content_Types].xml')).match(/PartName="\/xl\/styles\.xml"/g)).toHaveLength(1);
    expect(await text(out, 'xl/styles.xml')).toContain('<cellStyle name="Normal" xfId="0" builtinId="0"/>');
  });

  it('keeps any text as text, control characters, leading spaces, line breaks and formula look included', async () => {
    const { bytes } = await managersWorkbook();
    // What XML can carry in some form: everything but lone surrogate halves and U+FFFE/U+FFFF.
    const cellText = fc
      .string({
        unit: fc.oneof(
          fc.constantFrom('_x0041_', '=', ' ', '\n', '\r', '\t', '\u0007', '&', '<', '"', 'ä'),
          fc.string({ unit: 'grapheme', maxLength: 1 }),
        ),
      })
      .map((s) => s.replace(/[\uFFFE\uFFFF]/g, ''));
    await fc.assert(
      fc.asyncProperty(fc.array(cellText, { minLength: 1, maxLength: 12 }), async (texts) => {
        const plan: SheetPlan = {
          kind: 'summary',
          name: 'Yhteenveto',
          values: texts.map((t) => [t]),
          formats: [],
          conditionalFormats: [],
          links: [],
          columnWidths: [],
        };
        const ws = (await open(await written(bytes, [plan]))).getWorksheet('Yhteenveto')!;
        texts.forEach((t, r) => expect(excelText(ws.getCell(r + 1, 1).value) ?? '').toBe(t));
      }),
      { numRuns: 15 },
    );
  });

  it("extends a Strict OOXML workbook in Strict's namespaces, and replaces the tool's sheets there on a rerun", async () => {
    const { bytes: transitional, plans } = await managersWorkbook();
    const bytes = await strictPackage(transitional);
    const out = await written(bytes, plans);
    expect(await packageProblems(out)).toEqual([]);
    const before = await parts(bytes);
    const after = await parts(out);
    for (const [name, content] of before) {
      if (!SHEET_LIST_PARTS.includes(name)) expect({ name, same: after.get(name)?.equals(content) }).toEqual({ name, same: true });
    }
    // Excel opens a Strict package whose parts are all Strict: not one new part, relationship or attribute in Transitional.
    for (const [name, content] of after) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const transitionalNames = Object.values(TRANSITIONAL).filter((uri) => content.toString('utf8').includes(uri));
      expect({ name, transitionalNames }).toEqual({ name, transitionalNames: [] });
    }
    expect(await text(out, 'xl/worksheets/sheet9.xml')).toContain(
      `<worksheet xmlns="${STRICT.spreadsheetml}" xmlns:r="${STRICT.relationships}">`,
    );
    expect(await text(out, 'xl/_rels/workbook.xml.rels')).toContain(
      `Type="${STRICT.relationships}/worksheet" Target="worksheets/sheet9.xml"`,
    );
    expect(await text(out, 'xl/drawings/drawing1.xml')).toContain(
      `<a:graphicData uri="${STRICT.chart}"><c:chart xmlns:c="${STRICT.chart}"`,
    );
    expect(await text(out, 'xl/tables/table1.xml')).toContain(`<table xmlns="${STRICT.spreadsheetml}"`);

    const first = await readXlsxPackage(out, null);
    const summary = plans.find((p) => p.kind === 'summary')!;
    expect(first.sheets.find((g) => g.sheet === 'Yhteenveto')?.values[0]?.[0]).toBe(summary.values[0]?.[0]);
    const again = await written(out, plans, generatedSheetsOf(first));
    expect((await readXlsxPackage(again, null)).sheets.map((g) => g.sheet)).toEqual(first.sheets.map((g) => g.sheet));
    expect(Math.abs(again.length - out.length)).toBeLessThanOrEqual(16);
    expect(await packageProblems(again)).toEqual([]);
  });

  it('gives a reason, never a throw, for bytes it cannot extend', async () => {
    expect(await addPlansToXlsx(Buffer.from('PK\u0003\u0004 rikki'), [], new Map())).toMatchObject({ ok: false });
    // A Strict relationship to a Transitional workbook part: neither class's package.
    const mixed = new JSZip();
    mixed.file(
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="${STRICT.relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    mixed.file('xl/workbook.xml', `<workbook xmlns="${TRANSITIONAL.spreadsheetml}"/>`);
    expect(await addPlansToXlsx(await mixed.generateAsync({ type: 'nodebuffer' }), [], new Map())).toEqual({
      ok: false,
      detail: 'workbook part is not SpreadsheetML (Strict)',
    });
  });
});
