import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import {
  SEED000_INDICATORS,
  SEED001_INDICATORS,
  SEED002_INDICATORS,
  SEED004_INDICATORS,
  indicatorWorkbook,
  seed000IndicatorGrid,
  seed001IndicatorGrid,
  seed002IndicatorGrid,
  seed004IndicatorGrid,
} from '../../fixtures/indicators';
import { reportSchema, type Report } from '../../src/core/schema/report';
import { cli, openXlsx, tempDir, writeXlsx } from './cliHarness';

jest.setTimeout(60_000);

const dir = tempDir('indicators');

describe('report on a workbook of indicator tables (seeds 000, 001, 002, 004)', () => {
  let report: Report;
  let code: number;
  const out = join(dir, 'mittarit-raportti.xlsx');

  beforeAll(async () => {
    const input = await writeXlsx(dir, 'mittarit.xlsx', indicatorWorkbook());
    const run = await cli(['report', input, '--out', out, '--json', join(dir, 'mittarit.json'), '--as-of', '2024-12-31']);
    code = run.code;
    report = reportSchema.parse(JSON.parse(readFileSync(join(dir, 'mittarit.json'), 'utf8')));
  });

  it('carries every indicator with the verdict a manager gives it into report.json, read from the real file', () => {
    expect(code).toBe(0);
    const expected = [
      [seed000IndicatorGrid.sheet, SEED000_INDICATORS],
      [seed001IndicatorGrid.sheet, SEED001_INDICATORS],
      [seed002IndicatorGrid.sheet, SEED002_INDICATORS],
      [seed004IndicatorGrid.sheet, SEED004_INDICATORS],
    ] as const;
    for (const [sheet, items] of expected) {
      const table = report.indicatorTables?.find((t) => t.sheet === sheet);
      expect({
        sheet,
        items: table?.items.map(({ row, indicator, verdict, trend, latest }) => ({ row, indicator, verdict, trend, latest })),
      }).toEqual({ sheet, items });
    }
    expect(report.indicatorTables?.find((t) => t.sheet === seed004IndicatorGrid.sheet)?.excelTable).toBe('Mittarit2025');
    expect(report.totals.indicators).toEqual({ met: 8, not_met: 8, no_data: 1, qualitative: 5, unreadable: 1 });
  });

  it('writes the indicator section into the summary sheet, verdicts coloured and linked to their cells', async () => {
    const summary = (await openXlsx(out)).getWorksheet('Yhteenveto');
    expect(summary).toBeDefined();
    const textOf = (v: unknown): string => (v && typeof v === 'object' && 'text' in v ? String(v.text) : String(v ?? ''));
    // Array.from, not map: a row's values are sparse where cells are empty.
    const rows = new Map<number, string[]>();
    summary!.eachRow((row, number) => rows.set(number, Array.from((row.values as unknown[]).slice(1), textOf)));
    const [number, cells] = [...rows].find(([, r]) => r[0] === 'Lähtövaihtuvuus') ?? [0, []];
    expect(cells.slice(0, 8)).toEqual(['Lähtövaihtuvuus', 'alle 10 %', '11.2', '12.4', 'Toteuma 1-6/2024', 'Ei saavutettu', '', 'C11']);
    expect([...rows.values()].some((r) => r[0] === 'Mittarit arvioittain')).toBe(true);
    expect(summary!.getRow(number).getCell(6).fill).toMatchObject({ fgColor: { argb: 'FFF8696B' } });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const summaryXml = await zip.file('xl/worksheets/sheet5.xml')!.async('string');
    expect(summaryXml).toContain(`<hyperlink ref="H${number}" location="'Sitovat tavoitteet 2024'!$C$11" display="C11"/>`);
  });
});
