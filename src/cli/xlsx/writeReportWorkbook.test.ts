import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetPlan } from '../../core/schema/sheetPlan';
import { packageProblems } from '../../../test/cli/packageProblems';
import { writeReportWorkbook } from './writeReportWorkbook';

// Real .xlsx files are zipped and parsed; on a busy CI machine that takes longer than Jest's 5 s default.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'seuranta-write-'));

const plan: SheetPlan = {
  kind: 'summary',
  name: 'Yhteenveto',
  values: [['Seurannan yhteenveto'], ['Toimenpiteitä', 2]],
  formats: [],
  conditionalFormats: [],
  links: [{ cell: 'A3', sheet: 'Lastensuojelu', target: 'C5', text: 'C5' }],
  columnWidths: [30],
};

/** A user's workbook with the things a round trip could lose: merges, formats, tables, formulas, dates. */
async function userFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ls = wb.addWorksheet('Lastensuojelu');
  ls.getCell('A1').value = 'Lastensuojelu';
  ls.mergeCells('A1:C1');
  ls.getCell('A3').value = 'Toimenpide';
  ls.getCell('B3').value = 'Aikataulu';
  ls.getCell('C3').value = 'Toteuma';
  ls.getCell('A4').value = 'Perhetyön resurssit';
  ls.getCell('B4').value = new Date(Date.UTC(2021, 8, 1));
  ls.getCell('B4').numFmt = 'd.m.yyyy';
  ls.getCell('C4').value = 'Ei /\nkorona';
  ls.getCell('C4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8696B' } };
  ls.getCell('A5').value = '=ei kaava';
  ls.getCell('C5').value = { formula: 'LEN(A4)', result: 19 };
  const talous = wb.addWorksheet('Talous');
  talous.getCell('A1').value = 30842.5;
  talous.getCell('A1').numFmt = '#,##0.0';
  talous.addTable({
    name: 'Kulut',
    ref: 'A3',
    columns: [{ name: 'Erä' }, { name: 'Talousarvio' }],
    rows: [
      ['Henkilöstökulut', -120000],
      ['Palvelujen ostot', -45000],
    ],
  });
  const path = join(dir, `oma-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function cellDump(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      out[c.address] = { value: c.value, numFmt: c.numFmt };
    }),
  );
  return out;
}

describe('writeReportWorkbook', () => {
  it("keeps every user cell, merge, number format, table and the sheets' order, and adds the summary", async () => {
    const input = await userFile();
    const output = join(dir, 'raportti.xlsx');
    const result = await writeReportWorkbook(input, output, [plan]);
    expect(result).toEqual({ ok: true, sheetNames: ['Yhteenveto'] });

    const before = await open(input);
    const after = await open(output);
    expect(after.worksheets.map((w) => w.name)).toEqual(['Lastensuojelu', 'Talous', 'Yhteenveto']);
    for (const name of ['Lastensuojelu', 'Talous']) {
      expect(cellDump(after.getWorksheet(name)!)).toEqual(cellDump(before.getWorksheet(name)!));
    }
    expect(after.getWorksheet('Lastensuojelu')!.model.merges).toEqual(['A1:C1']);
    expect(after.getWorksheet('Lastensuojelu')!.getCell('C4').fill).toMatchObject({ fgColor: { argb: 'FFF8696B' } });
    expect(after.getWorksheet('Lastensuojelu')!.getCell('A5').type).toBe(ExcelJS.ValueType.String);
    const tables = (after.getWorksheet('Talous') as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables;
    expect(tables['Kulut']?.table.tableRef).toBe('A3:B5');
  });

  it("keeps a user's data validation, note, own colouring rule, defined name, freeze, hidden row, filter and image", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Seuranta');
    ws.getCell('A1').value = 'Tila';
    ws.getCell('A2').value = 'Kyllä';
    ws.getCell('A2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Kyllä,Ei,Osittain"'] };
    ws.getCell('A2').note = 'Valitse listasta';
    ws.addConditionalFormatting({
      ref: 'A2:A10',
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: ['A2="Ei"'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF8696B' } } },
        },
      ],
    });
    wb.definedNames.add("'Seuranta'!$A$1:$A$10", 'Tilat');
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.getCell('A5').value = 'piilotettu';
    ws.getRow(5).hidden = true;
    ws.autoFilter = 'A1:A10';
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000105fe02fea70000000049454e44ae426082',
      'hex',
    );
    ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), 'D2:E4');
    const input = join(dir, 'rikas.xlsx');
    await wb.xlsx.writeFile(input);
    const output = join(dir, 'rikas-raportti.xlsx');
    await writeReportWorkbook(input, output, [plan]);

    const after = (await open(output)).getWorksheet('Seuranta')!;
    expect(after.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Kyllä,Ei,Osittain"'] });
    expect(after.getCell('A2').note).toBe('Valitse listasta');
    const cf = (after as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(['A2:A10']);
    expect((await open(output)).definedNames.model).toEqual([{ name: 'Tilat', ranges: ['Seuranta!$A$1:$A$10'] }]);
    expect(after.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(after.getRow(5).hidden).toBe(true);
    expect(after.autoFilter).toBe('A1:A10');
    expect(after.getImages()).toHaveLength(1);
  });

  it("keeps the user's sheets byte for byte, which a round trip through ExcelJS would not", async () => {
    const input = await userFile();
    const output = join(dir, 'tavu.xlsx');
    await writeReportWorkbook(input, output, [plan]);
    const part = async (path: string, name: string) => (await JSZip.loadAsync(readFileSync(path))).file(name)!.async('string');
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/tables/table1.xml', 'xl/sharedStrings.xml']) {
      expect(await part(output, name)).toBe(await part(input, name));
    }
  });

  it('refuses, and writes nothing, a package it cannot extend part by part', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await userFile()));
    const rels = await zip.file('_rels/.rels')!.async('string');
    // A Strict relationship to the Transitional workbook part: a package of neither class.
    zip.file(
      '_rels/.rels',
      rels.replace(
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
        'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
      ),
    );
    const input = join(dir, 'outo.xlsx');
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const output = join(dir, 'outo-raportti.xlsx');
    expect(await writeReportWorkbook(input, output, [plan])).toEqual({
      ok: false,
      reason: 'unsupported',
      path: input,
      detail: 'workbook part is not SpreadsheetML (Strict)',
    });
    expect(existsSync(output)).toBe(false);
  });

  it('extends a package without a theme part as a valid package, with its links as location links', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await userFile()));
    // As some libraries write a workbook: no theme at all.
    zip.remove('xl/theme/theme1.xml');
    const workbookRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', workbookRels.replace(/<Relationship [^>]*theme1\.xml"\/>/, ''));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/theme\/theme1\.xml"[^>]*\/>/, ''));
    const input = join(dir, 'teematon.xlsx');
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    expect(await packageProblems(readFileSync(input))).toEqual([]);
    const output = join(dir, 'teematon-raportti.xlsx');

    expect(await writeReportWorkbook(input, output, [plan])).toEqual({ ok: true, sheetNames: ['Yhteenveto'] });
    const bytes = readFileSync(output);
    expect(await packageProblems(bytes)).toEqual([]);
    const out = await JSZip.loadAsync(bytes);
    const summaryPart = (await out.file('xl/_rels/workbook.xml.rels')!.async('string'))
      .match(/Target="(worksheets\/[^"]+)"/g)!
      .pop()!
      .slice(8, -1);
    const summary = await out.file(`xl/${summaryPart}`)!.async('string');
    expect(summary).toContain('<hyperlinks><hyperlink ref="A3" location="\'Lastensuojelu\'!$C$5" display="C5"/></hyperlinks>');
    expect(summary).not.toMatch(/<f[ >]/);
    const summaryRels = out.file(`xl/worksheets/_rels/${summaryPart.split('/').pop()}.rels`);
    expect(summaryRels ? await summaryRels.async('string') : '').not.toContain('TargetMode="External"');
  });

  it('leaves the input file as it was', async () => {
    const input = await userFile();
    await writeReportWorkbook(input, join(dir, 'toinen.xlsx'), [plan]);
    expect((await open(input)).worksheets.map((w) => w.name)).toEqual(['Lastensuojelu', 'Talous']);
  });

  it('gives a typed failure when the output cannot be written', async () => {
    const input = await userFile();
    const result = await writeReportWorkbook(input, join(dir, 'ei-ole', 'raportti.xlsx'), [plan]);
    expect(result).toMatchObject({ ok: false, reason: 'unwritable' });
  });

  it('gives a typed failure when the input is not a workbook', async () => {
    const input = join(dir, 'rikki.xlsx');
    writeFileSync(input, 'PK\u0003\u0004 rikki');
    expect(await writeReportWorkbook(input, join(dir, 'x.xlsx'), [plan])).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});
