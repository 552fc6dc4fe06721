import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EXPECTED_PROBLEMS, problemsWorkbook, PROBLEMS_SHEET } from '../../fixtures/problems';
import { SEED000_EXPECTED_TOTAL, SEED000_WORKSTREAMS, seed000Workbook } from '../../fixtures/seed000';
import { seed001CooperationGrid, seed001WellbeingGrid, SEED001_FOLLOW_UP, SEED001_FOLLOW_UP_AS_OF } from '../../fixtures/seed001FollowUp';
import { generatedKindOf } from '../../src/core/generated/generatedMarker';
import { getLocale } from '../../src/core/locales/getLocale';
import { reportSchema, type Report } from '../../src/core/schema/report';
import { CANONICAL_STATUSES } from '../../src/core/schema/vocabulary';
import { readWorkbookFile } from '../../src/cli/xlsx/readWorkbookFile';
import { cli, openXlsx, tempDir, writeXlsx } from './cliHarness';

// Real .xlsx files are zipped and parsed; on a busy CI machine that takes longer than Jest's 5 s default.
jest.setTimeout(60_000);

const dir = tempDir('report');
const fi = getLocale('fi');
const sv = getLocale('sv');

function readJson(path: string): Report {
  return reportSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Every status present, zeros included, as the contract's byStatus has them. */
function counts(partial: Partial<Record<(typeof CANONICAL_STATUSES)[number], number>>): Record<string, number> {
  return Object.fromEntries(CANONICAL_STATUSES.map((s) => [s, partial[s] ?? 0]));
}

describe('report on the realisation report of seed 000 (seven workstream sheets)', () => {
  let report: Report;
  let code: number;

  beforeAll(async () => {
    const input = await writeXlsx(dir, 'toteutuminen.xlsx', seed000Workbook());
    const run = await cli(['report', input, '--out', join(dir, 't-raportti.xlsx'), '--json', join(dir, 't.json'), '--as-of', '2022-12-31']);
    code = run.code;
    report = readJson(join(dir, 't.json'));
  });

  it('finds each workstream with exactly the counts the document gives', () => {
    for (const ws of SEED000_WORKSTREAMS) {
      const tables = report.actionTables.filter((t) => t.sheet === ws.sheet);
      const total = tables.reduce((n, t) => n + t.total, 0);
      expect({ sheet: ws.sheet, total }).toEqual({ sheet: ws.sheet, total: ws.expected.total });
      const byStatus = counts({});
      for (const t of tables) for (const s of CANONICAL_STATUSES) byStatus[s] = (byStatus[s] ?? 0) + (t.byStatus[s] ?? 0);
      expect({ sheet: ws.sheet, byStatus }).toEqual({ sheet: ws.sheet, byStatus: counts(ws.expected.byStatus) });
    }
  });

  it('totals the whole report as the document does', () => {
    expect(report.totals.total).toBe(SEED000_EXPECTED_TOTAL.total);
    expect(report.totals.byStatus).toEqual(counts(SEED000_EXPECTED_TOTAL.byStatus));
  });

  it('exits 0: the document has warnings at most', () => {
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('report on a running follow-up (plain cells and an Excel table)', () => {
  let report: Report;
  let run: Awaited<ReturnType<typeof cli>>;
  const out = join(dir, 'seuranta-raportti.xlsx');

  beforeAll(async () => {
    const input = await writeXlsx(dir, 'seuranta.xlsx', { fileName: null, sheets: [seed001CooperationGrid(), seed001WellbeingGrid()] });
    run = await cli(['report', input, '--out', out, '--json', join(dir, 'seuranta.json'), '--as-of', SEED001_FOLLOW_UP_AS_OF]);
    report = readJson(join(dir, 'seuranta.json'));
  });

  it('reads both tables with their counts, the Excel table as one', () => {
    const [coop, wellbeing] = report.actionTables;
    expect(coop).toMatchObject({ sheet: SEED001_FOLLOW_UP.cooperation.sheet, range: SEED001_FOLLOW_UP.cooperation.range, total: 16 });
    expect(coop?.byStatus).toEqual(counts(SEED001_FOLLOW_UP.cooperation.byStatus));
    expect(wellbeing).toMatchObject({ layout: 'excelTable', excelTable: SEED001_FOLLOW_UP.wellbeing.excelTable, total: 15 });
    expect(wellbeing?.byStatus).toEqual(counts(SEED001_FOLLOW_UP.wellbeing.byStatus));
  });

  it('points each problem left in the follow-up at its cell, and nothing else', () => {
    expect(report.issues.map(({ code, sheet, cell }) => ({ code, sheet, cell }))).toEqual(SEED001_FOLLOW_UP.problems);
  });

  it('flags exactly the overdue items as of the given day', () => {
    const overdue = report.actionTables.flatMap((t) => t.items.filter((i) => i.overdue).map((i) => ({ sheet: t.sheet, row: i.row })));
    expect(overdue).toEqual(SEED001_FOLLOW_UP.overdue);
    expect(report.asOf).toBe(SEED001_FOLLOW_UP_AS_OF);
  });

  it('prints a short Finnish summary with counts by status and issues by severity', () => {
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out).toContain('Toimenpiteitä: 31 (2 taulukossa)');
    expect(run.out).toContain(`  ${fi.statusLabels.in_progress}: 14`);
    expect(run.out).toContain('Myöhässä: 4');
    expect(run.out).toContain('Huomiot: virheitä 0, varoituksia 2, tiedoksi 1');
    expect(run.out).toContain(`Lisätyt välilehdet: ${fi.summary.sheetName}, ${fi.history.sheetName}`);
  });

  it("writes the summary sheet after the user sheets, marked as the tool's own", async () => {
    const wb = await openXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...report.actionTables.map((t) => t.sheet),
      fi.summary.sheetName,
      fi.history.sheetName,
    ]);
    expect(generatedKindOf(wb.getWorksheet(fi.summary.sheetName)?.getCell('AZ1').value)).toBe('summary');
  });
});

describe('report on a workbook with errors', () => {
  it('exits 1 and still writes both outputs, the JSON valid against the contract', async () => {
    const input = await writeXlsx(dir, 'ongelmat.xlsx', problemsWorkbook());
    const out = join(dir, 'ongelmat-raportti.xlsx');
    const json = join(dir, 'ongelmat.json');
    const run = await cli(['report', input, '--out', out, '--json', json, '--as-of', '2024-06-30']);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    const report = readJson(json);
    const found = report.issues.map(({ sheet, cell, code, severity }) => ({ sheet, cell, code, severity }));
    expect(found).toEqual(EXPECTED_PROBLEMS);
    expect(run.out).toContain('Huomiot: virheitä 1, varoituksia 6, tiedoksi 2');
    expect(report.issues.find((i) => i.code === 'schedule.backwards')?.sheet).toBe(PROBLEMS_SHEET);
    // The JSON is written aside first and moved into place: no part file is left beside it.
    expect(readdirSync(dir).filter((f) => f.startsWith('ongelmat.json.'))).toEqual([]);
  });
});

describe("the user's own cells and sheets", () => {
  /** A follow-up with a user's own "Yhteenveto" sheet and formula-looking text in cells. */
  async function userWorkbook(): Promise<string> {
    const grid = seed001CooperationGrid();
    // A manager's notes that start like formulas; the second is an overdue action's name.
    grid.values[1] = ['=Yhteistyö kumppanien kanssa', null, null, null, null, '+ lisäresurssit haettu'];
    const row17 = grid.values[15];
    if (row17) row17[1] = '=SUM(B2:B9) omahoitajaa';
    return writeXlsx(dir, `oma-${Math.random().toString(36).slice(2)}.xlsx`, {
      fileName: null,
      sheets: [
        grid,
        { sheet: 'Yhteenveto', origin: { row: 1, col: 1 }, values: [['Oma yhteenveto'], ['Tärkeää', 42]], tables: [], merges: ['A1:C1'] },
      ],
    });
  }

  it("leaves a user's sheet named Yhteenveto as it was and names the summary 'Yhteenveto (2)'", async () => {
    const input = await userWorkbook();
    const out = join(dir, 'oma-raportti.xlsx');
    const run = await cli(['report', input, '--out', out, '--json', join(dir, 'oma.json'), '--as-of', SEED001_FOLLOW_UP_AS_OF]);
    expect(run.out).toContain('Lisätyt välilehdet: Yhteenveto (2), Seurantahistoria');
    const wb = await openXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Seuranta 2022', 'Yhteenveto', 'Yhteenveto (2)', 'Seurantahistoria']);
    const own = wb.getWorksheet('Yhteenveto');
    expect(own?.getCell('A1').value).toBe('Oma yhteenveto');
    expect(own?.getCell('B2').value).toBe(42);
    expect(own?.model.merges).toEqual(['A1:C1']);
    expect(own?.getCell('AZ1').value).toBeNull();
  });

  it('keeps every source cell value, merge and table unchanged in the output', async () => {
    const input = await userWorkbook();
    const out = join(dir, 'ennallaan-raportti.xlsx');
    await cli(['report', input, '--out', out, '--json', join(dir, 'ennallaan.json'), '--as-of', SEED001_FOLLOW_UP_AS_OF]);
    const before = await readWorkbookFile(input);
    const after = await readWorkbookFile(out);
    if (!before.ok || !after.ok) throw new Error('read failed');
    expect(after.data.sheets.slice(0, before.data.sheets.length)).toEqual(before.data.sheets);
  });

  it('keeps formula-looking text as text, in the source and on the summary; links are location links, not formulas', async () => {
    const input = await userWorkbook();
    const out = join(dir, 'teksti-raportti.xlsx');
    await cli(['report', input, '--out', out, '--json', join(dir, 'teksti.json'), '--as-of', SEED001_FOLLOW_UP_AS_OF]);
    const wb = await openXlsx(out);
    const source = wb.getWorksheet('Seuranta 2022');
    expect(source?.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(source?.getCell('C17').value).toBe('=SUM(B2:B9) omahoitajaa');
    const summary = wb.getWorksheet('Yhteenveto (2)');
    if (!summary) throw new Error('no summary');
    const formulas: string[] = [];
    const texts: string[] = [];
    summary.eachRow((row) =>
      row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula) formulas.push(c.address);
        if (typeof c.value === 'string') texts.push(c.value);
      }),
    );
    // The overdue action shows on the summary, still as text.
    expect(texts.some((t) => t.includes('=SUM(B2:B9) omahoitajaa'))).toBe(true);
    expect(formulas).toEqual([]);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const summaryXml = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    const locations = [...summaryXml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)" display="([^"]*)"\/>/g)];
    expect(locations.length).toBeGreaterThan(0);
    for (const [, ref, location, display] of locations) {
      expect(location).toMatch(/^'Seuranta 2022'!\$[A-Z]+\$\d+$/);
      expect(summary.getCell(ref!).value).toBe(display);
    }
  });

  it('replaces only its own sheet when run again on its own output', async () => {
    const input = await userWorkbook();
    const first = join(dir, 'kierros1.xlsx');
    const second = join(dir, 'kierros2.xlsx');
    await cli(['report', input, '--out', first, '--json', join(dir, 'k1.json'), '--as-of', SEED001_FOLLOW_UP_AS_OF]);
    const again = await cli(['report', first, '--out', second, '--json', join(dir, 'k2.json'), '--as-of', SEED001_FOLLOW_UP_AS_OF]);
    expect(again.code).toBe(0);
    const a = await openXlsx(first);
    const b = await openXlsx(second);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    // The generated sheet is not read as user data: the counts stay those of the user's table.
    expect(readJson(join(dir, 'k2.json')).totals).toEqual(readJson(join(dir, 'k1.json')).totals);
    const [r1, r2] = [await readWorkbookFile(first), await readWorkbookFile(second)];
    if (!r1.ok || !r2.ok) throw new Error('read failed');
    expect(r2.data.sheets.slice(0, 2)).toEqual(r1.data.sheets.slice(0, 2));
  });
});

describe('a macro workbook', () => {
  const MACRO_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
  /** A follow-up saved by Excel as .xlsm: the workbook part's content type says macros, and the VBA project is a part of its own. */
  async function macroWorkbook(): Promise<string> {
    const plain = await writeXlsx(dir, `makrot-${Math.random().toString(36).slice(2)}.xlsx`, {
      fileName: null,
      sheets: [seed001CooperationGrid()],
    });
    const zip = await JSZip.loadAsync(readFileSync(plain));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types
        .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', MACRO_TYPE)
        .replace(
          '<Default Extension="xml"',
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"',
        ),
    );
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
    zip.file('xl/vbaProject.bin', Buffer.from('d0cf11e0a1b11ae1 makro', 'utf8'));
    const path = plain.replace(/\.xlsx$/, '.xlsm');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    return path;
  }

  it('is not written as an .xlsx that Excel would refuse to open: one line says to name it .xlsm, exit 2, no output', async () => {
    const input = await macroWorkbook();
    const out = join(dir, 'makro-raportti.xlsx');
    const json = join(dir, 'makro-raportti.json');
    const run = await cli(['report', input, '--out', out, '--json', json, '--as-of', SEED001_FOLLOW_UP_AS_OF]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([fi.cli.outputExtension.replace('{path}', out).replaceAll('{extension}', '.xlsm')]);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('makro-raportti.json.'))).toEqual([]);
  });

  it('is written as .xlsm with its macros and its content type as they were', async () => {
    const input = await macroWorkbook();
    const out = join(dir, 'makro-raportti.xlsm');
    const run = await cli(['report', input, '--out', out, '--json', join(dir, 'makro-xlsm.json'), '--as-of', SEED001_FOLLOW_UP_AS_OF]);
    expect(run.code).toBe(0);
    const [before, after] = [await JSZip.loadAsync(readFileSync(input)), await JSZip.loadAsync(readFileSync(out))];
    expect(await after.file('xl/vbaProject.bin')!.async('nodebuffer')).toEqual(await before.file('xl/vbaProject.bin')!.async('nodebuffer'));
    expect(await after.file('[Content_Types].xml')!.async('string')).toContain(
      `<Override PartName="/xl/workbook.xml" ContentType="${MACRO_TYPE}"/>`,
    );
    expect(await after.file('xl/_rels/workbook.xml.rels')!.async('string')).toContain('Target="vbaProject.bin"');
  });

  it('is the other way round too: a plain workbook is not written as .xlsm', async () => {
    const input = await writeXlsx(dir, 'tavallinen.xlsx', { fileName: null, sheets: [seed001CooperationGrid()] });
    const out = join(dir, 'tavallinen-raportti.xlsm');
    const run = await cli([
      'report',
      input,
      '--out',
      out,
      '--json',
      join(dir, 'tavallinen.json'),
      '--as-of',
      SEED001_FOLLOW_UP_AS_OF,
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([getLocale('en').cli.outputExtension.replace('{path}', out).replaceAll('{extension}', '.xlsx')]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('--lang sv', () => {
  it('gives Swedish sheet names, messages and summary', async () => {
    const input = await writeXlsx(dir, 'svenska.xlsx', { fileName: null, sheets: [seed001CooperationGrid()] });
    const out = join(dir, 'rapport.xlsx');
    const json = join(dir, 'rapport.json');
    const run = await cli(['report', input, '--out', out, '--json', json, '--as-of', SEED001_FOLLOW_UP_AS_OF, '--lang', 'sv']);
    expect(run.code).toBe(0);
    const wb = await openXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Seuranta 2022', sv.summary.sheetName, sv.history.sheetName]);
    const report = readJson(json);
    expect(report.lang).toBe('sv');
    const unknown = report.issues.find((i) => i.code === 'status.unknown');
    expect(unknown?.message).toMatch(/^Okänd status 'Odottaa päätöstä'/);
    expect(run.out).toContain('Åtgärder: 16 (i 1 tabeller)');
    expect(run.out).toContain(`  ${sv.statusLabels.done}: 4`);
  });
});

describe('--as-of', () => {
  it("defaults to today's local date", async () => {
    const input = await writeXlsx(dir, 'tanaan.xlsx', { fileName: null, sheets: [seed001CooperationGrid()] });
    const json = join(dir, 'tanaan.json');
    await cli(['report', input, '--out', join(dir, 'tanaan-r.xlsx'), '--json', json], new Date(2023, 0, 1, 0, 15));
    expect(readJson(json).asOf).toBe('2023-01-01');
  });
});

describe('dates typed as dates', () => {
  it('reads a schedule cell holding a real Excel date as that day', async () => {
    const grid = seed001CooperationGrid();
    const row17 = grid.values[15];
    if (row17) row17[2] = new Date(Date.UTC(2021, 11, 31));
    const input = await writeXlsx(dir, 'paivays.xlsx', { fileName: null, sheets: [grid] });
    const json = join(dir, 'paivays.json');
    await cli(['report', input, '--out', join(dir, 'paivays-r.xlsx'), '--json', json, '--as-of', SEED001_FOLLOW_UP_AS_OF]);
    const item = readJson(json).actionTables[0]?.items.find((i) => i.row === 17);
    expect(item?.schedule?.end).toBe('2021-12-31');
    expect(item?.overdue).toBe(true);
  });
});
