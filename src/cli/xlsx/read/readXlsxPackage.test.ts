import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { generateWorkbook } from '../../../../bench/generate';
import {
  budgetBesideActions,
  excelTableLayout,
  seed001Plan,
  seed002FollowUp,
  seed002Template,
  seed003Cards,
  seed004Hierarchy,
  swedishTable,
} from '../../../../fixtures/layouts';
import { oleFile } from '../../../../fixtures/oleFile';
import { problemsWorkbook } from '../../../../fixtures/problems';
import { seed000Workbook } from '../../../../fixtures/seed000';
import { seed001CooperationGrid, seed001WellbeingGrid } from '../../../../fixtures/seed001FollowUp';
import { seed002BudgetTextGrid, seed002BudgetWorkbook } from '../../../../fixtures/seed002Budget';
import { workbookDataToXlsx } from '../../../../fixtures/toXlsx';
import { REL, SML, rewriteParts, sheetXml, strictPackage, xlsxPackage, zipParts } from '../../../../fixtures/xlsxParts';
import type { WorkbookData } from '../../../core/grid';
import { generatedMarker, isGeneratedGrid } from '../../../core';
import { workbookToData } from '../../../../test/exceljs/workbookToData';
import { readXlsxPackage } from './readXlsxPackage';
import { WorkbookUnreadable } from './workbookUnreadable';

// Real .xlsx files are zipped and parsed; on a busy CI machine that takes longer than Jest's 5 s default.
jest.setTimeout(60_000);

const EXAMPLE = join(__dirname, '..', '..', '..', '..', 'examples', 'seuranta-esimerkki.xlsx');

async function excelJsGrids(bytes: Buffer): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbookToData(wb, 'kirja.xlsx');
}

/** A workbook with one of each kind of value ExcelJS writes, as a manager's file has them. */
async function everyKindOfCell(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Seuranta');
  ws.getCell('B2').value = 'Seuranta 2024';
  ws.getCell('B3').value = { richText: [{ text: 'Ei /' }, { font: { italic: true }, text: '\nkorona' }] };
  ws.getCell('C3').value = { formula: '1+1', result: 2 };
  ws.getCell('D3').value = { text: 'Hankesivu', hyperlink: 'https://example.fi' };
  ws.getCell('E3').value = new Date(Date.UTC(2024, 11, 31));
  ws.getCell('F3').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('G3').value = '=SUM(A1)';
  ws.getCell('H3').value = true;
  ws.getCell('I3').value = -378568.25;
  ws.getCell('J3').value = { formula: 'TODAY()', result: new Date(Date.UTC(2022, 5, 30)) };
  ws.getCell('C4').value = 'Myyntituotot';
  ws.getCell('C4').alignment = { indent: 2 };
  ws.getCell('B6').value = 'Tavoite 1: Asiakasohjaus';
  ws.mergeCells('B6:E6');
  ws.getCell('K20').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('AZ1').value = 'seuranta:generated:summary';
  const hidden = wb.addWorksheet('Apu', { state: 'hidden' });
  hidden.getCell('A1').value = 'Koodit';
  const veryHidden = wb.addWorksheet('Salainen', { state: 'veryHidden' });
  veryHidden.getCell('A1').value = 1;
  wb.addWorksheet('Tyhjä');
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function reasonOf(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsxPackage(bytes, null);
    return 'read';
  } catch (e) {
    if (e instanceof WorkbookUnreadable) return e.reason;
    throw e;
  }
}

/** The package with every XML part rewritten by `edit` (parts that are not XML are left alone). */
describe('readXlsxPackage gives the grids ExcelJS gives', () => {
  const fixtures: [string, () => Promise<Buffer>][] = [
    ['seed 000 (seven workstreams)', () => workbookDataToXlsx(seed000Workbook())],
    ['seed 001 follow-ups', () => workbookDataToXlsx({ fileName: null, sheets: [seed001CooperationGrid(), seed001WellbeingGrid()] })],
    [
      'seed 002 budget, as numbers and as text',
      () =>
        workbookDataToXlsx({
          fileName: null,
          sheets: [...seed002BudgetWorkbook().sheets, { ...seed002BudgetTextGrid(), sheet: 'Tekstinä' }],
        }),
    ],
    ['the problems workbook', () => workbookDataToXlsx(problemsWorkbook())],
    [
      'the layouts (cards, Excel tables, hierarchy, Swedish)',
      () =>
        workbookDataToXlsx({
          fileName: null,
          sheets: [
            seed001Plan,
            seed002Template,
            seed002FollowUp,
            seed003Cards,
            swedishTable,
            excelTableLayout,
            budgetBesideActions,
            seed004Hierarchy,
          ],
        }),
    ],
    ['the example workbook', async () => readFileSync(EXAMPLE)],
    ['every kind of cell, hidden sheets and an empty one', everyKindOfCell],
    ['the benchmark workbook (1 000 rows)', () => workbookDataToXlsx(generateWorkbook({ rows: 1_000, sheets: 2 }).data)],
  ];

  it.each(fixtures)('%s', async (_name, build) => {
    const bytes = await build();
    expect(markersApart(await readXlsxPackage(bytes, 'kirja.xlsx'))).toEqual(markersApart(await excelJsGrids(bytes)));
  });
});

/** The tool's sheets with each row's trailing empty cells cut: our reader does not widen them to the marker in AZ1. */
function markersApart(data: WorkbookData): WorkbookData {
  const trim = (row: WorkbookData['sheets'][number]['values'][number]) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    return row.slice(0, end);
  };
  return { ...data, sheets: data.sheets.map((g) => (isGeneratedGrid(g) ? { ...g, values: g.values.map(trim) } : g)) };
}

describe('readXlsxPackage reads valid packages that ExcelJS refuses or misreads', () => {
  it('reads parts that begin with a byte-order mark', async () => {
    const plain = await everyKindOfCell();
    const bommed = await rewriteParts(plain, (_name, text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(await readXlsxPackage(bommed, 'kirja.xlsx')).toEqual(await readXlsxPackage(plain, 'kirja.xlsx'));
  });

  it('reads parts whose elements carry an x: prefix', async () => {
    const plain = await everyKindOfCell();
    const prefixed = await rewriteParts(plain, (name, text) =>
      name.endsWith('.rels') || name.startsWith('[')
        ? text
        : text
            .replace(/<(\/?)([A-Za-z][\w]*)([\s/>])/g, (whole, slash: string, tag: string, after: string) =>
              tag === 'xml' ? whole : `<${slash}x:${tag}${after}`,
            )
            .replace(`xmlns="${SML}"`, `xmlns:x="${SML}"`),
    );
    expect(prefixed.toString('latin1')).not.toContain('<sheetData');
    expect(await readXlsxPackage(prefixed, 'kirja.xlsx')).toEqual(await readXlsxPackage(plain, 'kirja.xlsx'));
  });

  it('finds a workbook part at the package root, and its sheets beside it', async () => {
    const bytes = await xlsxPackage({
      workbookPart: 'workbook.xml',
      sharedStrings: ['Toimenpide', 'Tila'],
      sheets: [{ name: 'Seuranta', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>') }],
    });
    const data = await readXlsxPackage(bytes, null);
    expect(data.sheets.map((s) => [s.sheet, s.values])).toEqual([['Seuranta', [['Toimenpide', 'Tila']]]]);
  });

  it('reads inline strings, rich text after plain text, CDATA and empty shared strings', async () => {
    const bytes = await xlsxPackage({
      sharedStrings: `<sst xmlns="${SML}"><si/><si><t>Kyllä</t><r><t xml:space="preserve">, mutta keskeytetty</t></r></si><si><t><![CDATA[Ei & <ehkä>]]></t></si></sst>`,
      sheets: [
        {
          name: 'Seuranta',
          xml: sheetXml(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Toimenpide</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>',
          ),
        },
      ],
    });
    expect((await readXlsxPackage(bytes, null)).sheets[0]?.values).toEqual([
      ['Toimenpide', null, 'Kyllä, mutta keskeytetty', 'Ei & <ehkä>'],
    ]);
  });

  it('reads an Excel table whose part is named by an absolute target', async () => {
    const bytes = await xlsxPackage({
      sheets: [
        {
          name: 'Seuranta',
          xml: sheetXml(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Toimenpide</t></is></c></row>',
            '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
          ),
        },
      ],
      extra: {
        'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/table" Target="/xl/tables/table1.xml"/></Relationships>`,
        'xl/tables/table1.xml': `<table xmlns="${SML}" id="1" name="Toimenpiteet" displayName="Toimenpiteet" ref="A1:A2"/>`,
      },
    });
    expect((await readXlsxPackage(bytes, null)).sheets[0]?.tables).toEqual([{ name: 'Toimenpiteet', range: 'A1:A2', showHeaders: true }]);
  });

  it('tolerates a merge listed twice', async () => {
    const bytes = await xlsxPackage({
      sheets: [
        {
          name: 'Talous',
          xml: sheetXml(
            '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>',
            '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A1:B1"/></mergeCells>',
          ),
        },
      ],
    });
    const [sheet] = (await readXlsxPackage(bytes, null)).sheets;
    expect(sheet?.merges).toEqual(['A1:B1']);
    expect(sheet?.values).toEqual([[1]]);
  });

  it('reads a sheet with 20 000 merged ranges in well under two seconds', async () => {
    let rows = '';
    let merges = '';
    for (let r = 1; r <= 20_000; r++) {
      rows += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Tavoite ${r}</t></is></c><c r="B${r}"><v>${r}</v></c></row>`;
      merges += `<mergeCell ref="B${r}:D${r}"/>`;
    }
    const bytes = await xlsxPackage({
      sheets: [{ name: 'Yhdistetyt', xml: sheetXml(rows, `<mergeCells count="20000">${merges}</mergeCells>`) }],
    });
    const started = performance.now();
    const [sheet] = (await readXlsxPackage(bytes, null)).sheets;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(sheet?.merges).toHaveLength(20_000);
    expect(sheet?.values[19_999]).toEqual(['Tavoite 20000', 20_000]);
  });

  it('reads a sheet with a data validation over the whole sheet at once', async () => {
    const validation =
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Kyllä,Ei"</formula1></dataValidation></dataValidations>';
    const bytes = await xlsxPackage({
      sheets: [{ name: 'Seuranta', xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Kyllä</t></is></c></row>', validation) }],
    });
    const started = performance.now();
    expect((await readXlsxPackage(bytes, null)).sheets[0]?.values).toEqual([['Kyllä']]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads a Strict OOXML package', async () => {
    const transitional = await xlsxPackage({
      sharedStrings: ['Toimenpide'],
      sheets: [{ name: 'Seuranta', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
    });
    expect((await readXlsxPackage(await strictPackage(transitional), null)).sheets[0]?.values).toEqual([['Toimenpide']]);
  });

  it('reads dates by built-in and custom formats, not by letters in quotes or brackets, in the 1904 system too', async () => {
    const sheet = sheetXml(
      '<row r="1"><c r="A1" s="1"><v>45657</v></c><c r="B1" s="2"><v>45657</v></c><c r="C1" s="3"><v>12.5</v></c><c r="D1" s="4"><v>7.25</v></c><c r="E1" s="5"><v>45657.75</v></c></row>',
    );
    const styles = {
      numFmts: { 164: 'd.m.yyyy', 165: '[Red]#,##0.0', 166: '0.00 "h"', 167: '[h]:mm' },
      cellXfs: [{}, { numFmtId: 14 }, { numFmtId: 164 }, { numFmtId: 165 }, { numFmtId: 166 }, { numFmtId: 167 }],
    };
    const at1900 = await xlsxPackage({ styles, sheets: [{ name: 'Aikataulu', xml: sheet }] });
    expect((await readXlsxPackage(at1900, null)).sheets[0]?.values).toEqual([
      [new Date(Date.UTC(2024, 11, 31)), new Date(Date.UTC(2024, 11, 31)), 12.5, 7.25, new Date(Date.UTC(2024, 11, 31, 18))],
    ]);
    const at1904 = await xlsxPackage({ styles, date1904: true, sheets: [{ name: 'Aikataulu', xml: sheet }] });
    expect((await readXlsxPackage(at1904, null)).sheets[0]?.values[0]?.[0]).toEqual(new Date(Date.UTC(2029, 0, 1)));
  });

  it('leaves out chart sheets and sheets whose part is missing, keeping the tab order of the rest', async () => {
    const bytes = await xlsxPackage({
      sheets: [
        { name: 'Eka', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
        { name: 'Toka', xml: sheetXml('<row r="1"><c r="A1"><v>2</v></c></row>') },
      ],
    });
    const zip = await JSZip.loadAsync(bytes);
    zip.remove('xl/worksheets/sheet1.xml');
    const broken = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await readXlsxPackage(broken, null)).sheets.map((s) => s.sheet)).toEqual(['Toka']);
  });

  it("hands each sheet over as it is read, and keeps only the grids asked for and the tool's own", async () => {
    const bytes = await xlsxPackage({
      sheets: [
        { name: 'Eka', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
        {
          name: 'Yhteenveto',
          xml: sheetXml(`<row r="1"><c r="AZ1" t="inlineStr"><is><t>${generatedMarker('summary')}</t></is></c></row>`),
        },
        { name: 'Toka', xml: sheetXml('<row r="1"><c r="A1"><v>2</v></c></row>') },
      ],
    });
    const seen: string[] = [];
    const read = await readXlsxPackage(bytes, 'kirja.xlsx', {
      eachSheet: (grid) => {
        seen.push(`${grid.sheet}:${String(grid.values[0]?.[0] ?? '')}`);
        return grid.sheet === 'Toka';
      },
    });
    expect(seen).toEqual(['Eka:1', `Yhteenveto:${generatedMarker('summary')}`, 'Toka:2']);
    expect(read.sheets.map((g) => g.sheet)).toEqual(['Yhteenveto', 'Toka']);
  });
});

describe('readXlsxPackage refuses what is no readable workbook, with the reason', () => {
  it('tells a password-protected workbook, an old .xls and another compound file apart', async () => {
    expect(await reasonOf(oleFile(['EncryptionInfo', 'EncryptedPackage']))).toBe('encrypted');
    expect(await reasonOf(oleFile(['Workbook']))).toBe('legacyXls');
    expect(await reasonOf(oleFile(['WordDocument']))).toBe('notWorkbook');
  });

  it('knows an OpenDocument spreadsheet, a binary workbook and a Word document', async () => {
    expect(
      await reasonOf(
        await zipParts({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }),
      ),
    ).toBe('ods');
    expect(await reasonOf(await zipParts({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }))).toBe(
      'notWorkbook',
    );
    const manifest =
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>';
    expect(await reasonOf(await zipParts({ 'META-INF/manifest.xml': manifest, 'content.xml': '<x/>' }))).toBe('ods');
    const rels = (target: string) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${target}"/></Relationships>`;
    expect(await reasonOf(await zipParts({ '_rels/.rels': rels('xl/workbook.bin'), 'xl/workbook.bin': new Uint8Array([1, 2]) }))).toBe(
      'xlsb',
    );
    expect(
      await reasonOf(await zipParts({ '_rels/.rels': rels('word/document.xml'), 'word/document.xml': '<w:document xmlns:w="urn:w"/>' })),
    ).toBe('notWorkbook');
  });

  it("knows Excel's lock file (~$name.xlsx), which a run over a folder meets beside an open workbook", async () => {
    const owner = Buffer.concat([
      Buffer.from([11]),
      Buffer.from('Anna Virtanen'.padEnd(53, ' '), 'latin1'),
      Buffer.from('Anna Virtanen'.padEnd(55, ' '), 'utf16le'),
    ]).subarray(0, 165);
    await expect(readXlsxPackage(owner, '~$seuranta.xlsx')).rejects.toMatchObject({ reason: 'lockFile' });
    await expect(readXlsxPackage(owner, 'seuranta.xlsx')).rejects.toMatchObject({ reason: 'notWorkbook' });
  });

  it('knows CSV renamed .xlsx for text, and an empty or cut-off file for damaged', async () => {
    expect(await reasonOf(Buffer.from('Toimenpide;Vastuuhenkilö;Tila\nAsiakasohjaus;Anna Virtanen;Valmis\n'))).toBe('text');
    expect(await reasonOf(Buffer.alloc(0))).toBe('corrupt');
    const good = await everyKindOfCell();
    expect(await reasonOf(good.subarray(0, good.length - 300))).toBe('corrupt');
  });

  it('calls a part that is not XML damaged, and refuses a DOCTYPE', async () => {
    const sheets = [{ name: 'Seuranta', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }];
    expect(await reasonOf(await xlsxPackage({ sheets, extra: { 'xl/worksheets/sheet1.xml': 'Toimenpide;Tila\n' } }))).toBe('damagedPart');
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      `<sst xmlns="${SML}"><si><t>&b;</t></si></sst>`;
    expect(await reasonOf(await xlsxPackage({ sheets, sharedStrings: bomb }))).toBe('doctype');
  });
});
