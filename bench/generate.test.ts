import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildReport } from '../src/core/buildReport';
import { generateWorkbook, writeWorkbookXlsx } from './generate';

describe('generateWorkbook', () => {
  it('makes the same workbook for the same size, so runs measure the same work', () => {
    const a = generateWorkbook({ rows: 500, sheets: 3 });
    const b = generateWorkbook({ rows: 500, sheets: 3 });
    expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
  });

  it('spreads the action rows over the sheets asked for, under titles, chair lines, headers and sections', () => {
    const { data, actionRows } = generateWorkbook({ rows: 1001, sheets: 10 });
    expect(actionRows).toBe(1001);
    expect(data.sheets).toHaveLength(10);
    expect(new Set(data.sheets.map((s) => s.sheet)).size).toBe(10);
    const texts = data.sheets.flatMap((s) => s.values.flat()).filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.startsWith('Puheenjohtaja '))).toBe(true);
    expect(texts.some((t) => /^Tavoite \d+[:.] /.test(t))).toBe(true);
    expect(texts.some((t) => /^Toimenpide\/kansalaispalvelut|^Toimenpide\/ammattilaisen|^Toimenpide\/Johtamisen/.test(t))).toBe(true);
    expect(texts).toContain('Åtgärd');
    // Statuses exactly as the seeds write them, line break included.
    expect(texts).toContain('Ei /\nkorona');
    expect(texts).toContain('Osittain toteutunut, keskeytetty');
    expect(texts).toContain('Syksy 2020 - kevät 2021');
  });

  it('counts an action row for every row under a header that is neither a section, a header nor a title', () => {
    const { data, actionRows } = generateWorkbook({ rows: 300, sheets: 2 });
    const headerFirst = new Set(['Toimenpide', 'TOIMENPIDE', 'Åtgärd']);
    let counted = 0;
    for (const grid of data.sheets) {
      const start = grid.values.findIndex((r) => typeof r[0] === 'string' && headerFirst.has(r[0]));
      // The indicator table under the actions ends the action rows.
      const end = grid.values.findIndex((r) => r[1] === 'Mittari' || r[1] === 'Mätare');
      for (const row of grid.values.slice(start + 1, end - 2)) {
        const first = row[0];
        const isHeader = typeof first === 'string' && (headerFirst.has(first) || /^toimenpide\//i.test(first));
        const isSection = typeof first === 'string' && /^(Tavoite|Mål) \d+/.test(first) && row.slice(1).every((c) => c === null);
        if (!isHeader && !isSection) counted++;
      }
    }
    expect(counted).toBe(actionRows);
  });

  it('puts an indicator table under every sheet’s actions, one indicator per 50 actions, which the core reads', () => {
    const { data, indicatorRows, actionRows } = generateWorkbook({ rows: 1000, sheets: 2 });
    expect(indicatorRows).toBe(20);
    const report = buildReport(data, { asOf: '2024-06-30', lang: 'fi' });
    expect(report.totals.total).toBe(actionRows);
    expect(report.indicatorTables?.map((t) => t.items.length)).toEqual([10, 10]);
    const verdicts: Record<string, number> = report.totals.indicators ?? {};
    expect(Object.values(verdicts).reduce((n, c) => n + c, 0)).toBe(indicatorRows);
    expect(report.indicatorTables?.flatMap((t) => t.items).some((i) => i.verdict === 'met')).toBe(true);
  });

  it('puts seed 002 budget table on the first sheet above the actions', () => {
    const first = generateWorkbook({ rows: 100, sheets: 1 }).data.sheets[0];
    expect(first?.values[1]?.[1]).toBe('Talousarvio Budget 2023');
    expect(first?.values.some((r) => r[0] === 'Toimintakate - Verksamhetsbidrag' && r[1] === -347726)).toBe(true);
  });
});

describe('writeWorkbookXlsx', () => {
  it('writes a real .xlsx whose cells, origin and merges read back as generated', async () => {
    const { data } = generateWorkbook({ rows: 60, sheets: 2 });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'w.xlsx');
    await writeWorkbookXlsx(data, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(data.sheets.map((s) => s.sheet));
    const grid = data.sheets[1];
    const sheet = workbook.worksheets[1];
    if (!grid || !sheet) throw new Error('missing sheet');
    // B2 holds the sheet's title; a section row is merged across the table.
    expect(sheet.getCell('B2').value).toBe(grid.values[0]?.[0]);
    const firstMerge = grid.merges?.[0];
    if (!firstMerge) throw new Error('no merge generated');
    expect(sheet.getCell(firstMerge.split(':')[1] as string).isMerged).toBe(true);
    const lastRow = grid.origin.row + grid.values.length - 1;
    expect(sheet.getRow(lastRow).getCell(7).value ?? null).toBe(grid.values[grid.values.length - 1]?.[5] ?? null);
  });
});
