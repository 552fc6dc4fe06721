import ExcelJS from 'exceljs';
import type { SheetPlan } from '../../core/schema/sheetPlan';
import { addPlansToWorkbook } from './addPlansToWorkbook';
import { generatedKindOfWorksheet } from './generatedKindOfWorksheet';

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
    formats: [
      { range: 'A1', bold: true, fontSize: 14 },
      { range: 'A2:B2', bold: true, fill: '#DDEBF7', border: { style: 'bottom', color: '#000000' } },
      { range: 'B3:B4', numberFormat: '#,##0' },
    ],
    conditionalFormats: [{ range: 'A3:A4', rules: [{ formula: '=$A3="Toteutunut"', fill: '#63BE7B', stopIfTrue: true }] }],
    links: [{ cell: 'B6', sheet: "Lasten'suojelu", target: 'C7', text: 'C7' }],
    columnWidths: [30, 12],
    freeze: { rows: 2, cols: 0 },
  };
}

function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("Lasten'suojelu");
  a.getCell('A1').value = 'Toimenpide';
  a.getCell('C7').value = 'Kyllä';
  const y = wb.addWorksheet('Yhteenveto');
  y.getCell('A1').value = 'Oma yhteenvetoni';
  wb.addWorksheet('Talous').getCell('B2').value = 30842;
  return wb;
}

const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name);

describe('addPlansToWorkbook', () => {
  it("leaves a user's sheet named Yhteenveto alone and gives the summary another name", () => {
    const wb = userWorkbook();
    expect(addPlansToWorkbook(wb, [summaryPlan()])).toEqual(['Yhteenveto (2)']);
    expect(names(wb)).toEqual(["Lasten'suojelu", 'Yhteenveto', 'Talous', 'Yhteenveto (2)']);
    expect(wb.getWorksheet('Yhteenveto')?.getCell('A1').value).toBe('Oma yhteenvetoni');
    expect(generatedKindOfWorksheet(wb.getWorksheet('Yhteenveto')!)).toBeNull();
  });

  it('replaces only its own sheet on a second run, keeping its place among the tabs', async () => {
    const wb = userWorkbook();
    addPlansToWorkbook(wb, [summaryPlan()]);
    // The user moves on: a new sheet after the generated one.
    wb.addWorksheet('Muistiinpanot').getCell('A1').value = 'muista';
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await wb.xlsx.writeBuffer());
    expect(addPlansToWorkbook(again, [summaryPlan()])).toEqual(['Yhteenveto (2)']);
    expect(names(again)).toEqual(["Lasten'suojelu", 'Yhteenveto', 'Talous', 'Yhteenveto (2)', 'Muistiinpanot']);
  });

  it('recognises its own sheet by the marker even after the user renamed it', async () => {
    const wb = userWorkbook();
    addPlansToWorkbook(wb, [summaryPlan()]);
    wb.getWorksheet('Yhteenveto (2)')!.name = 'Kevään tilanne';
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await wb.xlsx.writeBuffer());
    addPlansToWorkbook(again, [summaryPlan()]);
    expect(names(again)).toEqual(["Lasten'suojelu", 'Yhteenveto', 'Talous', 'Yhteenveto (2)']);
  });

  it('writes formula-looking text as text and links as the only formulas', async () => {
    const wb = userWorkbook();
    addPlansToWorkbook(wb, [summaryPlan()]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const ws = back.getWorksheet('Yhteenveto (2)')!;
    expect(ws.getCell('A5').value).toBe('=SUM(B3:B4)');
    expect(ws.getCell('A5').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B6').value).toEqual({ formula: `HYPERLINK("#'Lasten''suojelu'!C7","C7")`, result: 'C7' });
    const formulas: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => { if (c.type === ExcelJS.ValueType.Formula) formulas.push(c.address); }));
    expect(formulas).toEqual(['B6']);
  });

  it('marks the sheet in AZ1 with its column hidden, and keeps formats, widths, freeze and rules', async () => {
    const wb = userWorkbook();
    addPlansToWorkbook(wb, [summaryPlan()]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const ws = back.getWorksheet('Yhteenveto (2)')!;
    expect(ws.getCell('AZ1').value).toBe('seuranta:generated:summary');
    expect(ws.getColumn('AZ').hidden).toBe(true);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.size).toBe(14);
    expect(ws.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('B2').border?.bottom).toMatchObject({ style: 'thin' });
    expect(ws.getCell('B3').numFmt).toBe('#,##0');
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0]).toMatchObject({ ref: 'A3:A4', rules: [{ type: 'expression', formulae: ['$A3="Toteutunut"'] }] });
  });

  it('adds a budget sheet beside the summary without touching an earlier summary', () => {
    const wb = userWorkbook();
    addPlansToWorkbook(wb, [summaryPlan()]);
    const budget: SheetPlan = { ...summaryPlan('Budjettivertailu'), kind: 'budget', links: [] };
    expect(addPlansToWorkbook(wb, [budget])).toEqual(['Budjettivertailu']);
    expect(names(wb)).toEqual(["Lasten'suojelu", 'Yhteenveto', 'Talous', 'Yhteenveto (2)', 'Budjettivertailu']);
  });
});
