import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetKind, SheetPlan } from '../../core/schema/sheetPlan';
import { packageProblems } from '../../../test/cli/packageProblems';
import { addPlansToWorkbook } from './addPlansToWorkbook';
import { generatedKindOfWorksheet } from '../../../test/exceljs/generatedKindOfWorksheet';

// Real .xlsx files are zipped and parsed; on a busy CI machine that takes longer than Jest's 5 s default.
jest.setTimeout(60_000);

/** A small summary plan as the core would make it: title, counts, a link, a status rule. */
function summaryPlan(name = 'Yhteenveto'): SheetPlan {
  return {
    kind: 'summary',
    name,
    values: [
      ['Seurannan yhteenveto', null],
      ['Tila', 'Määrä'],
      ['Toteutunut', 12],
      ['Ei toteutunut', 3],
      ['=SUM(B3:B4)', null],
      ['Lastensuojelu', 'C7'],
    ],
    formats: [{ range: 'A1', bold: true, fontSize: 14 }],
    conditionalFormats: [{ range: 'A3:A4', rules: [{ formula: '=$A3="Toteutunut"', fill: '#63BE7B', stopIfTrue: true }] }],
    links: [{ cell: 'B6', sheet: "Lasten'suojelu", target: 'C7', text: 'C7' }],
    columnWidths: [30, 12],
  };
}

function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("Lasten'suojelu");
  a.getCell('A1').value = 'Toimenpide';
  a.getCell('C7').value = 'Kyllä';
  wb.addWorksheet('Yhteenveto').getCell('A1').value = 'Oma yhteenvetoni';
  wb.addWorksheet('Talous').getCell('B2').value = 30842;
  return wb;
}

async function written(wb: ExcelJS.Workbook, plans: readonly SheetPlan[], generated = new Map<string, SheetKind>()): Promise<Buffer> {
  const result = await addPlansToWorkbook(wb, plans, generated);
  if (!result.ok) throw new Error(`not written: ${result.detail}`);
  return result.bytes;
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

function generatedKinds(wb: ExcelJS.Workbook): Map<string, SheetKind> {
  const out = new Map<string, SheetKind>();
  for (const ws of wb.worksheets) {
    const kind = generatedKindOfWorksheet(ws);
    if (kind) out.set(ws.name, kind);
  }
  return out;
}

const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name);

describe('addPlansToWorkbook', () => {
  it("leaves a user's sheet named Yhteenveto alone and gives the summary another name, marked as the tool's", async () => {
    const wb = await load(await written(userWorkbook(), [summaryPlan()]));
    expect(names(wb)).toEqual(["Lasten'suojelu", 'Yhteenveto', 'Talous', 'Yhteenveto (2)']);
    expect(wb.getWorksheet('Yhteenveto')?.getCell('A1').value).toBe('Oma yhteenvetoni');
    expect(generatedKinds(wb)).toEqual(new Map([['Yhteenveto (2)', 'summary']]));
  });

  it('replaces only its own sheet on a second run, keeping its place among the tabs', async () => {
    const wb = await load(await written(userWorkbook(), [summaryPlan()]));
    // The user moves on: a new sheet after the generated one.
    wb.addWorksheet('Muistiinpanot').getCell('A1').value = 'muista';
    const again = await load(await written(wb, [summaryPlan()], generatedKinds(wb)));
    expect(names(again)).toEqual(["Lasten'suojelu", 'Yhteenveto', 'Talous', 'Yhteenveto (2)', 'Muistiinpanot']);
  });

  it('writes formula-looking text as text and the link as a location link, with no formula and no outside address', async () => {
    const bytes = await written(userWorkbook(), [summaryPlan()]);
    const ws = (await load(bytes)).getWorksheet('Yhteenveto (2)')!;
    expect(ws.getCell('A5').value).toBe('=SUM(B3:B4)');
    expect(ws.getCell('B6').value).toBe('C7');
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet4.xml')!.async('string');
    const links = new DOMParser().parseFromString(sheetXml, 'text/xml').getElementsByTagName('hyperlink');
    expect(Array.from(links).map((h) => [h.getAttribute('ref'), h.getAttribute('location'), h.hasAttribute('r:id')])).toEqual([
      ['B6', "'Lasten''suojelu'!$C$7", false],
    ]);
    expect(sheetXml).not.toMatch(/<f[ >]/);
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
      expect(await zip.file(name)!.async('string')).not.toContain('/hyperlink"');
    }
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('gives a workbook loaded without a theme part no relationship to a theme that is not there', async () => {
    const zip = await JSZip.loadAsync(await userWorkbook().xlsx.writeBuffer());
    zip.remove('xl/theme/theme1.xml');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*theme1\.xml"\/>/, ''));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/theme\/theme1\.xml"[^>]*\/>/, ''));
    const themeless = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await packageProblems(themeless)).toEqual([]);

    expect(await packageProblems(await written(await load(themeless), [summaryPlan()]))).toEqual([]);
  });
});
