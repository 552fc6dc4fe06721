import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReport, buildReportWithHistory } from '../../core';
import { workbookDataToXlsx } from '../../../fixtures/toXlsx';
import { problemsWorkbook } from '../../../fixtures/problems';
import { secondQuarterWorkbook, SECOND_QUARTER, SECOND_QUARTER_CHANGES, WELLBEING } from '../../../fixtures/twoQuarters';
import { readFileReport } from './readFileReport';
import { readWorkbookFile } from './readWorkbookFile';

const dir = mkdtempSync(join(tmpdir(), 'seuranta-file-report-'));

async function fileOf(name: string, data: Parameters<typeof workbookDataToXlsx>[0]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await workbookDataToXlsx(data));
  return path;
}

/** The whole workbook read first, then reported on: what the add-in does, and what the CLI did before. */
async function wholeWorkbookOf(path: string) {
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(read.reason);
  return read.data;
}

describe('readFileReport', () => {
  const options = { asOf: SECOND_QUARTER, lang: 'fi' as const };

  it("lists the quarter's changes from the workbook's history sheet, as the core does on the whole workbook", async () => {
    const path = await fileOf('kesäkuu.xlsx', secondQuarterWorkbook());
    const read = await readFileReport(path, options);
    if (!read.ok) throw new Error(read.reason);
    expect(read.report.changes?.since).toBe(SECOND_QUARTER_CHANGES.since);
    expect(read.report.changes?.items.map((c) => c.action)).toEqual(SECOND_QUARTER_CHANGES.items.map((c) => c.action));
    const whole = buildReportWithHistory(await wholeWorkbookOf(path), options);
    expect(read.report).toEqual(whole.report);
    expect(read.history).toEqual(whole.history);
    expect(read.source.generated.get('Seurantahistoria (2)')).toBe('history');
  });

  it('gives the report validate and consolidate print when no history sheet is written', async () => {
    const path = await fileOf('kesäkuu-tarkistus.xlsx', secondQuarterWorkbook());
    const read = await readFileReport(path, { ...options, skipSheets: [WELLBEING] }, false);
    if (!read.ok) throw new Error(read.reason);
    expect(read.report).toEqual(buildReport(await wholeWorkbookOf(path), { ...options, skipSheets: [WELLBEING] }));
    expect(read.report.actionTables.map((t) => t.sheet)).not.toContain(WELLBEING);
  });

  it("puts each problem at its sheet and cell, sorted in the workbook's tab order", async () => {
    const path = await fileOf('työhyvinvointi.xlsx', problemsWorkbook());
    const read = await readFileReport(path, { asOf: '2022-06-30', lang: 'fi' }, false);
    if (!read.ok) throw new Error(read.reason);
    expect(read.report.source).toBe('työhyvinvointi.xlsx');
    expect(read.report.issues.length).toBeGreaterThan(0);
    expect(read.report.issues).toEqual(buildReport(await wholeWorkbookOf(path), { asOf: '2022-06-30', lang: 'fi' }).issues);
  });

  it('says why a file cannot be read instead of reporting on it', async () => {
    const path = join(dir, 'muistio.xlsx');
    writeFileSync(path, 'Toimenpide;Toteuma\nPalveluohjaus;Käynnissä\n');
    const read = await readFileReport(path, options);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toBe('text');
  });
});
