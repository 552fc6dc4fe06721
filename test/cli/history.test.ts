/** Two quarters through the CLI on real .xlsx files, as a manager reports: what changed is listed once, the history kept. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbookDataToXlsx } from '../../fixtures/toXlsx';
import {
  FIRST_QUARTER,
  firstQuarterWorkbook,
  SECOND_QUARTER,
  SECOND_QUARTER_CHANGES,
  secondQuarterEdits,
  SERVICES,
  USER_HISTORY,
  INDICATORS,
  WELLBEING,
} from '../../fixtures/twoQuarters';
import { readWorkbookFile } from '../../src/cli/xlsx/readWorkbookFile';
import { consolidationSchema, generatedKindOf, reportSchema, type Report, type WorkbookData } from '../../src/core';
import { cellAt } from '../../src/core/cellAt';
import { cli, tempDir, writeXlsx } from './cliHarness';

jest.setTimeout(60_000);

const dir = tempDir('history');
const USER_SHEETS = [WELLBEING, SERVICES, INDICATORS, USER_HISTORY];

function readJson(path: string): Report {
  return reportSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

async function read(path: string): Promise<WorkbookData> {
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(read.detail);
  return read.data;
}

async function report(
  input: string,
  name: string,
  asOf: string,
  extra: string[] = [],
): Promise<{ out: string; json: Report; err: string[] }> {
  const out = join(dir, `${name}.xlsx`);
  const run = await cli(['report', input, '--out', out, '--json', join(dir, `${name}.json`), '--as-of', asOf, ...extra]);
  expect(run.code).toBe(0);
  return { out, json: readJson(join(dir, `${name}.json`)), err: run.err };
}

/** The manager opens the first report's workbook, edits the user sheets and saves it (the tool's sheets go along). */
async function editAndSave(path: string, name: string): Promise<string> {
  const edited = join(dir, name);
  writeFileSync(edited, await workbookDataToXlsx(secondQuarterEdits(await read(path))));
  return edited;
}

describe('report over two quarters (CLI, real .xlsx files)', () => {
  let march: { out: string; json: Report };
  let juneInput: string;
  let june: { out: string; json: Report };

  beforeAll(async () => {
    march = await report(await writeXlsx(dir, 'q1.xlsx', firstQuarterWorkbook()), 'q1-raportti', FIRST_QUARTER);
    juneInput = await editAndSave(march.out, 'q2.xlsx');
    june = await report(juneInput, 'q2-raportti', SECOND_QUARTER);
  });

  it('starts the history on the first run: no changes, one snapshot', () => {
    expect(march.json.changes).toBeNull();
    expect(march.json.history).toEqual([{ asOf: FIRST_QUARTER, total: march.json.totals.total, byStatus: march.json.totals.byStatus }]);
  });

  it("adds its history sheet last, beside the user's own Seurantahistoria, which it leaves alone", async () => {
    const data = await read(march.out);
    expect(data.sheets.map((s) => s.sheet)).toEqual([WELLBEING, SERVICES, INDICATORS, USER_HISTORY, 'Yhteenveto', 'Seurantahistoria (2)']);
    const input = await read(join(dir, 'q1.xlsx'));
    expect(data.sheets.find((s) => s.sheet === USER_HISTORY)).toEqual(input.sheets.find((s) => s.sheet === USER_HISTORY));
    const history = data.sheets.find((s) => s.sheet === 'Seurantahistoria (2)');
    expect(history && generatedKindOf(cellAt(history, 1, 52))).toBe('history');
  });

  it('lists every change of the quarter exactly once, and nothing unchanged', () => {
    expect(june.json.changes).toEqual(SECOND_QUARTER_CHANGES);
    expect(june.json.history.map((h) => h.asOf)).toEqual([FIRST_QUARTER, SECOND_QUARTER]);
  });

  it('replaces, not appends, the snapshot when run again for the same date', async () => {
    const again = await report(june.out, 'q2-uudelleen', SECOND_QUARTER);
    expect(again.json.history.map((h) => h.asOf)).toEqual([FIRST_QUARTER, SECOND_QUARTER]);
    expect(again.json.changes).toEqual(SECOND_QUARTER_CHANGES);
    const sheets = (await read(again.out)).sheets.map((s) => s.sheet);
    expect(sheets.filter((s) => s.startsWith('Seurantahistoria'))).toEqual([USER_HISTORY, 'Seurantahistoria (2)']);
  });

  it("leaves the user's cells as they were, cell by cell, in every run", async () => {
    for (const [input, output] of [
      [join(dir, 'q1.xlsx'), march.out],
      [juneInput, june.out],
    ] as const) {
      const [before, after] = [await read(input), await read(output)];
      for (const name of USER_SHEETS)
        expect(after.sheets.find((s) => s.sheet === name)).toEqual(before.sheets.find((s) => s.sheet === name));
    }
  });

  it('compares with the date picked by --since, and says so in one line when the history has none', async () => {
    const picked = await report(june.out, 'q2-since', SECOND_QUARTER, ['--since', '2024-04-15']);
    expect(picked.json.changes?.since).toBe(FIRST_QUARTER);
    const none = await report(june.out, 'q2-since-none', SECOND_QUARTER, ['--since', '2023-12-31']);
    expect(none.json.changes).toBeNull();
    expect(none.err).toEqual(['Seurantahistoriassa ei ole yhteenvetoa päivältä 2023-12-31 tai sitä ennen, joten muutoksia ei verrattu.']);
    const bad = await cli(['report', june.out, '--out', join(dir, 'x.xlsx'), '--json', join(dir, 'x.json'), '--since', '31.3.2024x']);
    expect(bad.code).toBe(2);
    expect(bad.err).toHaveLength(1);
  });

  it('gives consolidate each unit’s changes since its earlier report, and their sums', async () => {
    const units = join(dir, 'yksiköt');
    mkdirSync(units, { recursive: true });
    copyFileSync(june.out, join(units, 'hyvinvointi.xlsx'));
    copyFileSync(join(dir, 'q1.xlsx'), join(units, 'ilman-historiaa.xlsx'));
    const consolidateTo = async (name: string, extra: string[] = []) => {
      const args = [
        'consolidate',
        units,
        '--out',
        join(dir, `${name}.xlsx`),
        '--json',
        join(dir, `${name}.json`),
        '--as-of',
        SECOND_QUARTER,
      ];
      expect((await cli([...args, ...extra])).code).toBe(0);
      return consolidationSchema.parse(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
    };
    const koonti = await consolidateTo('koonti');
    const unit = (file: string) => koonti.workbooks.find((w) => w.file.endsWith(file));
    expect(unit('hyvinvointi.xlsx')?.changes).toEqual({
      since: FIRST_QUARTER,
      byStatusDelta: SECOND_QUARTER_CHANGES.byStatusDelta,
      newlyDone: 1,
      newlyOverdue: 1,
      added: 1,
      dropped: 1,
    });
    expect(unit('ilman-historiaa.xlsx')?.changes).toBeNull();
    expect(koonti.totals.changes).toMatchObject({ units: 1, newlyDone: 1, newlyOverdue: 1, added: 1, dropped: 1 });
    const sheet = (await read(join(dir, 'koonti.xlsx'))).sheets.find((g) => g.sheet === 'Koonti');
    expect(sheet?.values.some((row) => row.includes('Edellinen raportti'))).toBe(true);

    const before = await consolidateTo('koonti-since', ['--since', '2023-12-31']);
    expect(before.workbooks.every((w) => w.changes === null)).toBe(true);
    expect(before.totals.changes).toBeUndefined();
  });
});
