import { problemsWorkbook } from '../../../fixtures/problems';
import { budgetBesideActions } from '../../../fixtures/layouts';
import { buildReport } from '../buildReport';
import { getLocale } from '../locales/getLocale';
import { STATUS_PALETTE } from '../palette';
import { sheetPlanSchema } from '../schema/sheetPlan';
import { CANONICAL_STATUSES } from '../schema/report';
import { consolidate } from './consolidate';
import { failedWorkbook } from './failedWorkbook';
import { planConsolidationSheet } from './planConsolidationSheet';
import { summarizeReport } from './summarizeReport';

const opts = { asOf: '2023-06-30', lang: 'fi' as const };
const problems = summarizeReport(buildReport(problemsWorkbook(), opts), 'Tyohyvinvointi.xlsx');
const kotihoito = summarizeReport(buildReport({ fileName: null, sheets: [budgetBesideActions] }, opts), 'Kotihoito.xlsx');
const broken = failedWorkbook('Rikki.xlsx', 'Tiedosto on vioittunut.');
const fi = getLocale('fi');

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
  });

  it('shows the shared budget lines beside the counts, a unit without a budget left empty', () => {
    const header = koonti?.values[5] ?? [];
    const budgetCol = header.indexOf('Toimintakate: TA');
    expect(budgetCol).toBeGreaterThan(0);
    expect(koonti?.values[6]?.[budgetCol]).toBeNull();
    expect(koonti?.values[7]?.[budgetCol]).toBe(-347726);
  });

  it('colours each status header as every sheet of the tool does, and charts all units’ statuses', () => {
    const header = koonti?.values[5] ?? [];
    const doneCol = header.indexOf(fi.statusLabels.done) + 1;
    const letter = String.fromCharCode(64 + doneCol);
    expect(koonti?.formats).toContainEqual(expect.objectContaining({ range: `${letter}6`, fill: STATUS_PALETTE.done.fill }));
    const chart = koonti?.chart;
    expect(chart?.type).toBe('bar');
    const first = Number(/A(\d+):/.exec(chart?.dataRange ?? '')?.[1]);
    expect(CANONICAL_STATUSES.map((s, i) => koonti?.values[first - 1 + i]?.slice(0, 2))).toEqual(
      CANONICAL_STATUSES.map((s) => [fi.statusLabels[s], consolidation.totals.byStatus[s]]),
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
