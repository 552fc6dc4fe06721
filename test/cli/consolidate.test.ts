import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE, READABLE_UNITS, UNIT_TITLES, UNREADABLE_UNITS, writeUnitWorkbooks } from '../../fixtures/unitWorkbooks';
import { getLocale } from '../../src/core/locales/getLocale';
import { consolidationSchema, type Consolidation } from '../../src/core/schema/consolidation';
import { reportSchema, type Report } from '../../src/core/schema/report';
import { CANONICAL_STATUSES } from '../../src/core/schema/vocabulary';
import { foldBudgetLabel } from '../../src/core/consolidate/foldBudgetLabel';
import { cli, openXlsx, spawnCli, tempDir } from './cliHarness';

jest.setTimeout(120_000);

const dir = tempDir('consolidate');
const units = join(dir, 'yksiköt');
const AS_OF = '2022-06-30';
const fi = getLocale('fi');
const sv = getLocale('sv');

function readConsolidation(path: string): Consolidation {
  return consolidationSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The relative name the consolidation gives a unit file (the tests run from the repository, so paths are absolute). */
const rowOf = (c: Consolidation, name: string) => c.workbooks.find((w) => w.file.endsWith(name));

describe('consolidate over a folder of unit workbooks', () => {
  let run: Awaited<ReturnType<typeof cli>>;
  let consolidation: Consolidation;
  const reports = new Map<string, Report>();

  beforeAll(async () => {
    const written = await writeUnitWorkbooks(units);
    run = await cli(['consolidate', units, '--out', join(dir, 'koonti.xlsx'), '--json', join(dir, 'koonti.json'), '--as-of', AS_OF]);
    consolidation = readConsolidation(join(dir, 'koonti.json'));
    // Each unit's own report, as `report` writes it, to hold the consolidation to.
    for (const [i, path] of written.readable.entries()) {
      const json = join(dir, `r${i}.json`);
      const single = await cli(['report', path, '--out', join(dir, `r${i}.xlsx`), '--json', json, '--as-of', AS_OF]);
      expect(single.code === 0 || single.code === 1).toBe(true);
      reports.set(path, reportSchema.parse(JSON.parse(readFileSync(json, 'utf8'))));
    }
  });

  it('lists every workbook in the folder and its subfolders, once, and not the lock file', () => {
    const names = consolidation.workbooks.map((w) => w.file.slice(w.file.indexOf('yksiköt/') + 'yksiköt/'.length)).sort();
    expect(names).toEqual([...Object.keys(READABLE_UNITS), ...Object.keys(UNREADABLE_UNITS)].sort());
    expect(names).not.toContain(LOCK_FILE);
  });

  it("gives each unit's row exactly its own report's figures", () => {
    for (const [path, report] of reports) {
      const row = consolidation.workbooks.find((w) => w.file === path);
      const issues = { error: 0, warning: 0, info: 0 };
      for (const i of report.issues) issues[i.severity] += 1;
      const overdue = report.actionTables.flatMap((t) => t.items.filter((i) => i.overdue));
      const { indicators, ...totals } = report.totals;
      const hasIndicators = (report.indicatorTables ?? []).length > 0;
      expect({ path, ok: row?.ok, totals: row?.totals, indicators: row?.indicators, issues: row?.issues, overdue: row?.overdue }).toEqual({
        path,
        ok: true,
        totals,
        indicators: hasIndicators ? indicators : undefined,
        issues,
        overdue: overdue.length,
      });
      expect(row?.overdueActions.map((a) => a.action)).toEqual(overdue.map((i) => i.action));
      expect(row?.issueList.map(({ sheet, cell, message }) => ({ sheet, cell, message }))).toEqual(
        report.issues.map(({ sheet, cell, message }) => ({ sheet, cell, message })),
      );
    }
  });

  it('totals equal the sum of the single reports, field by field', () => {
    const all = [...reports.values()];
    const sum = (pick: (r: Report) => number) => all.reduce((n, r) => n + pick(r), 0);
    expect(consolidation.totals.total).toBe(sum((r) => r.totals.total));
    for (const s of CANONICAL_STATUSES)
      expect({ s, n: consolidation.totals.byStatus[s] }).toEqual({ s, n: sum((r) => r.totals.byStatus[s]) });
    for (const severity of ['error', 'warning', 'info'] as const) {
      expect({ severity, n: consolidation.totals.issues[severity] }).toEqual({
        severity,
        n: sum((r) => r.issues.filter((i) => i.severity === severity).length),
      });
    }
    expect(consolidation.totals.overdue).toBe(sum((r) => r.actionTables.flatMap((t) => t.items.filter((i) => i.overdue)).length));
    expect(consolidation.totals.total).toBeGreaterThan(0);
  });

  it('sums the budget lines the units share from their own reports', () => {
    expect(consolidation.totals.budget.map((l) => foldBudgetLabel(l.label))).toEqual(['toimintatuotot', 'toimintakulut', 'toimintakate']);
    for (const line of consolidation.totals.budget) {
      const rows = [...reports.values()].flatMap((r) => {
        const first = r.budgetTables
          .flatMap((t) => t.rows)
          .find((x) => x.level === 0 && foldBudgetLabel(x.label) === foldBudgetLabel(line.label));
        return first ? [first] : [];
      });
      expect(rows).toHaveLength(2);
      expect({ label: line.label, budget: line.budget, actual: line.actual, forecast: line.forecast }).toEqual({
        label: line.label,
        budget: rows.reduce((n, r) => n + (r.budget ?? 0), 0),
        actual: rows.reduce((n, r) => n + (r.actual ?? 0), 0),
        forecast: rows.reduce((n, r) => n + (r.forecast ?? 0), 0),
      });
    }
  });

  it('names each unit by its workbook’s title where it has one, else by its file', () => {
    expect(Object.keys(UNIT_TITLES).length).toBeGreaterThan(0);
    for (const [name, title] of Object.entries(UNIT_TITLES)) expect(rowOf(consolidation, name)?.unit).toBe(title);
    expect(rowOf(consolidation, 'Pori_perusturva.xlsx')?.unit).toBe('Pori perusturva');
  });

  it('gives the damaged and the password-protected file a row saying why, and exits 1', () => {
    expect(rowOf(consolidation, 'Vammaispalvelut_rikki.xlsx')).toMatchObject({ ok: false, totals: { total: 0 } });
    expect(rowOf(consolidation, 'Vammaispalvelut_rikki.xlsx')?.reason).toContain(fi.cli.fileCorrupt.slice(0, 10));
    expect(rowOf(consolidation, 'Talous_suojattu.xlsx')?.reason).toMatch(/salasan/);
    expect(consolidation.totals.unreadable).toBe(2);
    expect(run.code).toBe(1);
    expect(run.err.filter((l) => l.startsWith('['))).toHaveLength(consolidation.workbooks.length);
  });

  it('writes Koonti, Myöhässä and Huomiot: a row per unit with the totals row, every overdue action and every issue', async () => {
    const wb = await openXlsx(join(dir, 'koonti.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Koonti', 'Myöhässä', 'Huomiot']);
    const koonti = wb.getWorksheet('Koonti');
    expect(koonti?.getCell('A6').value).toBe(fi.consolidate.fileColumn);
    const totalRow = 6 + consolidation.workbooks.length + 1;
    expect(koonti?.getCell(`A${totalRow}`).value).toBe(fi.consolidate.totalRow);
    expect(koonti?.getCell(`C${totalRow}`).value).toBe(consolidation.totals.total);
    // Each file name opens its workbook, by a path from the folder koonti.xlsx is in.
    expect(koonti?.getCell('A7').hyperlink).toBe(encodeURI(`yksiköt/${consolidation.workbooks[0]?.file.split('yksiköt/')[1] ?? ''}`));
    const overdue = wb.getWorksheet('Myöhässä');
    expect(overdue?.rowCount).toBe(4 + consolidation.totals.overdue);
    const issues = wb.getWorksheet('Huomiot');
    const issueCount = consolidation.totals.issues.error + consolidation.totals.issues.warning + consolidation.totals.issues.info;
    expect(issues?.rowCount).toBe(4 + issueCount);
  });
});

describe('consolidate through the compiled CLI on worker threads', () => {
  it('gives the same consolidation with two workers as read in one thread, in Swedish', async () => {
    const folder = join(dir, 'enheter');
    await writeUnitWorkbooks(folder);
    const args = ['consolidate', folder, '--as-of', AS_OF, '--lang', 'sv'];
    const inThread = await cli([...args, '--out', join(dir, 'a.xlsx'), '--json', join(dir, 'a.json')]);
    const workers = spawnCli([...args, '--jobs', '2', '--out', join(dir, 'b.xlsx'), '--json', join(dir, 'b.json')]);
    expect(workers.status).toBe(inThread.code);
    expect(readConsolidation(join(dir, 'b.json'))).toEqual(readConsolidation(join(dir, 'a.json')));
    expect(workers.stderr).toContain(sv.consolidate.progressFailed);
    expect(workers.stdout).toContain(sv.consolidate.doneLine.slice(0, 12));
  });

  it('skips a consolidation written earlier into the folder, so no unit counts twice', async () => {
    const folder = join(dir, 'toinen');
    await writeUnitWorkbooks(folder);
    const first = await cli([
      'consolidate',
      folder,
      '--out',
      join(folder, 'koonti.xlsx'),
      '--json',
      join(dir, 'c1.json'),
      '--as-of',
      AS_OF,
    ]);
    const second = await cli(['consolidate', folder, '--out', join(dir, 'c2.xlsx'), '--json', join(dir, 'c2.json'), '--as-of', AS_OF]);
    expect([first.code, second.code]).toEqual([1, 1]);
    expect(readConsolidation(join(dir, 'c2.json')).totals).toEqual(readConsolidation(join(dir, 'c1.json')).totals);
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('consolidate refuses what it cannot do, in one line', () => {
  it('says so when the folders hold no workbook', async () => {
    const empty = tempDir('consolidate-empty');
    const run = await cli(['consolidate', empty, '--out', join(dir, 'x.xlsx'), '--json', join(dir, 'x.json')]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([fi.consolidate.noFiles.replace('{paths}', empty)]);
  });

  it('asks for both outputs and a sensible number of jobs', async () => {
    expect((await cli(['consolidate', units, '--out', join(dir, 'x.xlsx')])).err).toEqual([fi.consolidate.missingOutputs]);
    const jobs = await cli(['consolidate', units, '--out', join(dir, 'x.xlsx'), '--json', join(dir, 'x.json'), '--jobs', 'kaksi']);
    expect(jobs.code).toBe(2);
    expect(jobs.err).toEqual([fi.consolidate.badJobs.replace('{value}', 'kaksi')]);
  });
});
