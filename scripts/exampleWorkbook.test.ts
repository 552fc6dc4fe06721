import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SEED000_EXPECTED_TOTAL, SEED000_WORKSTREAMS } from '../fixtures/seed000';
import { SEED001_FOLLOW_UP } from '../fixtures/seed001FollowUp';
import { readWorkbookFile } from '../src/cli/xlsx/readWorkbookFile';
import { workbookToData } from '../test/exceljs/workbookToData';
import { exampleWorkbookXlsx } from './exampleWorkbook';

const COMMITTED = join(__dirname, '..', 'examples', 'seuranta-esimerkki.xlsx');

describe('the example workbook', () => {
  it('holds the follow-up, the seven workstreams and the budget, in that order', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exampleWorkbookXlsx()) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      SEED001_FOLLOW_UP.cooperation.sheet,
      SEED001_FOLLOW_UP.wellbeing.sheet,
      ...SEED000_WORKSTREAMS.map((w) => w.sheet),
      'Talousarvio',
    ]);
  });

  it('is committed as the generator writes it (run `npm run demo` after changing a fixture)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exampleWorkbookXlsx()) as unknown as ExcelJS.Buffer);
    const committed = await readWorkbookFile(COMMITTED);
    if (!committed.ok) throw new Error(committed.detail);
    expect(committed.data.sheets).toEqual(workbookToData(wb, null).sheets);
  });

  it('gives, through `npm run demo`, the hand-counted totals of its three sources', () => {
    const root = join(__dirname, '..');
    const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'demo.ts')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const total = SEED001_FOLLOW_UP.cooperation.total + SEED001_FOLLOW_UP.wellbeing.total + SEED000_EXPECTED_TOTAL.total;
    expect(r.stdout).toContain(`Toimenpiteitä: ${total} (9 taulukossa)`);
    expect(r.stdout).toContain('Talousarviotaulukoita: 1');
    expect(r.stdout).toContain('Kirjoitettu: examples/seuranta-esimerkki-raportti.json');
  });
});
