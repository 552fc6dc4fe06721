import { problemsWorkbook } from '../../../fixtures/problems';
import { budgetBesideActions } from '../../../fixtures/layouts';
import { seed002BudgetWorkbook } from '../../../fixtures/seed002Budget';
import { parseRange } from '../a1/parseRange';
import { buildReport } from '../buildReport';
import { getLocale } from '../locales/getLocale';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { statusChartColor } from '../status/statusChartColor';
import { consolidate } from './consolidate';
import { failedWorkbook } from './failedWorkbook';
import { planUnitStatusChart, UNIT_CHART_LIMIT, UNIT_CHART_ROWS } from './planUnitStatusChart';
import { summarizeReport } from './summarizeReport';

const opts = { asOf: '2023-06-30', lang: 'fi' as const };
const fi = getLocale('fi');
const problemsReport = buildReport(problemsWorkbook(), opts);
const problems = summarizeReport(problemsReport, 'Tyohyvinvointi.xlsx');
const kotihoito = summarizeReport(buildReport({ fileName: null, sheets: [budgetBesideActions] }, opts), 'Kotihoito.xlsx');
const budgetOnly = summarizeReport(buildReport(seed002BudgetWorkbook(), opts), 'Talous.xlsx');
const broken = failedWorkbook('Rikki.xlsx', 'Tiedosto on vioittunut.');
const WIDTHS = [36, 28, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 16, 16, 16, 16, 16, 16, 16, 16, 16];

/** `n` units, each the problems workbook under a name of its own. */
const manyUnits = (n: number) =>
  consolidate(
    Array.from({ length: n }, (_, i) => summarizeReport(problemsReport, `Yksikkö ${i + 1}.xlsx`)),
    opts,
  );

describe('planUnitStatusChart', () => {
  const consolidation = consolidate([problems, budgetOnly, kotihoito, broken], opts);
  const planned = planUnitStatusChart(consolidation, fi, 40, { row: 12, col: 4 }, WIDTHS)!;

  it('tables each read unit with actions against the statuses any of them has, in the canonical order', () => {
    const occurring = CANONICAL_STATUSES.filter((s) => problems.totals.byStatus[s] + kotihoito.totals.byStatus[s] > 0);
    expect(occurring.length).toBeLessThan(CANONICAL_STATUSES.length);
    expect(planned.values).toEqual([
      [fi.consolidate.unitColumn, ...occurring.map((s) => fi.statusLabels[s])],
      [problems.unit, ...occurring.map((s) => problems.totals.byStatus[s])],
      [kotihoito.unit, ...occurring.map((s) => kotihoito.totals.byStatus[s])],
    ]);
  });

  it('stacks a column per unit, a series per status in its colour, over exactly that table', () => {
    const statuses = CANONICAL_STATUSES.filter((s) => planned.values[0]?.includes(fi.statusLabels[s]));
    expect(planned.chart).toMatchObject({ type: 'stackedColumn', title: fi.consolidate.unitChartTitle });
    expect(planned.chart.seriesColors).toEqual(statuses.map(statusChartColor));
    const data = parseRange(planned.chart.dataRange)!;
    expect(data).toEqual({ top: 40, left: 1, bottom: 40 + 2, right: 1 + statuses.length });
  });

  it('puts the chart where it is asked to, as tall as its rows say', () => {
    const chart = parseRange(planned.chart.anchor)!;
    expect({ top: chart.top, left: chart.left }).toEqual({ top: 12, left: 4 });
    expect(chart.bottom - chart.top + 1).toBe(UNIT_CHART_ROWS);
  });

  it('widens the chart with the units, up to a limit, and gives no chart for more units than a column each can show', () => {
    const columns = (n: number) => {
      const r = parseRange(planUnitStatusChart(manyUnits(n), fi, 40, { row: 12, col: 4 }, WIDTHS)!.chart.anchor)!;
      return r.right - r.left + 1;
    };
    expect(columns(3)).toBeLessThan(columns(20));
    expect(columns(20)).toBeLessThan(columns(UNIT_CHART_LIMIT));
    expect(planUnitStatusChart(manyUnits(UNIT_CHART_LIMIT + 1), fi, 40, { row: 12, col: 4 }, WIDTHS)).toBeNull();
  });

  it('gives no chart when no unit has actions', () => {
    expect(planUnitStatusChart(consolidate([budgetOnly, broken], opts), fi, 40, { row: 12, col: 4 }, WIDTHS)).toBeNull();
  });
});
