import { problemsWorkbook } from '../../../fixtures/problems';
import { budgetBesideActions } from '../../../fixtures/layouts';
import { parseRange } from '../a1/parseRange';
import { buildReport } from '../buildReport';
import { getLocale } from '../locales/getLocale';
import { STATUS_PALETTE } from '../palette';
import { sheetPlanSchema } from '../schema/sheetPlan';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { consolidate } from './consolidate';
import { failedWorkbook } from './failedWorkbook';
import { planConsolidationSheet } from './planConsolidationSheet';
import { UNIT_CHART_LIMIT } from './planUnitStatusChart';
import { summarizeReport } from './summarizeReport';

const opts = { asOf: '2023-06-30', lang: 'fi' as const };
const problems = summarizeReport(buildReport(problemsWorkbook(), opts), 'Tyohyvinvointi.xlsx');
const kotihoito = summarizeReport(buildReport({ fileName: null, sheets: [budgetBesideActions] }, opts), 'Kotihoito.xlsx');
const broken = failedWorkbook('Rikki.xlsx', 'Tiedosto on vioittunut.');
const fi = getLocale('fi');
const manyUnits = (n: number) =>
  consolidate(
    Array.from({ length: n }, (_, i) => ({ ...problems, file: `Yksikkö ${i + 1}.xlsx`, unit: `Yksikkö ${i + 1}` })),
    opts,
  );

describe('planConsolidationSheet', () => {
  const consolidation = consolidate([problems, kotihoito, broken], opts);
  const koonti = sheetPlanSchema.parse(planConsolidationSheet(consolidation, fi));

  it('gives Koonti a row per unit, with counts, shares and the reason a file was not read, and a totals row', () => {
    const header = koonti?.values[5] ?? [];
    const col = (name: string) => header.indexOf(name);
    const rows = koonti?.values.slice(6, 9) ?? [];
    expect(rows.map((r) => r[0])).toEqual(['Tyohyvinvointi.xlsx', 'Kotihoito.xlsx', 'Rikki.xlsx']);
    expect(rows[0]?.[col(fi.consolidate.totalColumn)]).toBe(problems.totals.total);
    expect(rows[0]?.[col(fi.statusLabels.done)]).toBe(problems.totals.byStatus.done);
    expect(rows[0]?.[col(`${fi.statusLabels.done} %`)]).toBeCloseTo(problems.totals.byStatus.done / problems.totals.total);
    expect(rows[0]?.[col(fi.consolidate.overdueColumn)]).toBe(problems.overdue);
    expect(rows[2]?.[col(fi.consolidate.reasonColumn)]).toBe('Tiedosto on vioittunut.');
    expect(rows[2]?.[col(fi.consolidate.totalColumn)]).toBeNull();
    const totals = koonti?.values[9] ?? [];
    expect(totals[0]).toBe(fi.consolidate.totalRow);
    expect(totals[col(fi.consolidate.totalColumn)]).toBe(problems.totals.total + kotihoito.totals.total);
    expect(totals[col(fi.consolidate.errorsColumn)]).toBe(problems.issues.error + kotihoito.issues.error);
    // The reason, in the last column, runs on to the right rather than wrapping into a row five lines tall.
    const reasonCol = col(fi.consolidate.reasonColumn) + 1;
    const wrapped = koonti.formats.filter((f) => {
      const r = f.wrap ? parseRange(f.range) : null;
      return r !== null && r.left <= reasonCol && r.right >= reasonCol && r.bottom > 6;
    });
    expect(wrapped).toEqual([]);
  });

  it('shows the shared budget lines beside the counts, a unit without a budget left empty', () => {
    const header = koonti?.values[5] ?? [];
    const budgetCol = header.indexOf('Toimintakate: TA');
    expect(budgetCol).toBeGreaterThan(0);
    expect(koonti?.values[6]?.[budgetCol]).toBeNull();
    expect(koonti?.values[7]?.[budgetCol]).toBe(-347726);
  });

  it('colours each status header as every sheet of the tool does, and lists the counts of all units by status', () => {
    const header = koonti?.values[5] ?? [];
    const doneCol = header.indexOf(fi.statusLabels.done) + 1;
    const letter = String.fromCharCode(64 + doneCol);
    expect(koonti?.formats).toContainEqual(expect.objectContaining({ range: `${letter}6`, fill: STATUS_PALETTE.done.fill }));
    const heading = koonti.values.findIndex((row) => row[0] === fi.consolidate.statusHeading);
    expect(CANONICAL_STATUSES.map((s, i) => koonti?.values[heading + 1 + i]?.slice(0, 2))).toEqual(
      CANONICAL_STATUSES.map((s) => [fi.statusLabels[s], consolidation.totals.byStatus[s]]),
    );
  });

  it('charts each unit’s statuses as a stacked column, over the units’ counts under the table', () => {
    const chart = koonti.chart;
    expect(chart?.type).toBe('stackedColumn');
    const data = parseRange(chart?.dataRange ?? '')!;
    expect(data.top).toBeGreaterThan(9 + 1);
    const units = koonti.values.slice(data.top, data.bottom).map((row) => row[0]);
    expect(units).toEqual([problems.unit, kotihoito.unit]);
  });

  it('draws the chart where it covers no cell with a value', () => {
    for (const plan of [koonti, planConsolidationSheet(manyUnits(UNIT_CHART_LIMIT + 1), fi)]) {
      const at = parseRange(plan.chart?.anchor ?? '')!;
      const covered = plan.values.flatMap((row, r) =>
        row.flatMap((v, c) => (v !== null && r + 1 >= at.top && r + 1 <= at.bottom && c + 1 >= at.left && c + 1 <= at.right ? [v] : [])),
      );
      expect(covered).toEqual([]);
    }
  });

  it(`charts the statuses of all units together as bars when there are more than ${UNIT_CHART_LIMIT} units`, () => {
    const many = manyUnits(UNIT_CHART_LIMIT + 1);
    const plan = planConsolidationSheet(many, fi);
    expect(plan.chart?.type).toBe('bar');
    const first = Number(/A(\d+):/.exec(plan.chart?.dataRange ?? '')?.[1]);
    expect(CANONICAL_STATUSES.map((s, i) => plan.values[first - 1 + i]?.slice(0, 2))).toEqual(
      CANONICAL_STATUSES.map((s) => [fi.statusLabels[s], many.totals.byStatus[s]]),
    );
  });

  it('links each file name to its workbook where a path is given, and nowhere else', () => {
    const linked = planConsolidationSheet(consolidation, fi, (file) => (file === 'Rikki.xlsx' ? null : `yksiköt/${file}`));
    expect(linked.fileLinks).toEqual([
      { cell: 'A7', path: 'yksiköt/Tyohyvinvointi.xlsx', text: 'Tyohyvinvointi.xlsx' },
      { cell: 'A8', path: 'yksiköt/Kotihoito.xlsx', text: 'Kotihoito.xlsx' },
    ]);
    expect(koonti.fileLinks).toEqual([]);
  });
});
