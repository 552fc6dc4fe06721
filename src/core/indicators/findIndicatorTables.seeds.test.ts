import {
  SEED000_INDICATORS,
  SEED001_INDICATORS,
  SEED002_INDICATORS,
  SEED004_INDICATORS,
  seed000IndicatorGrid,
  seed001IndicatorGrid,
  seed002IndicatorGrid,
  seed004IndicatorGrid,
  type ExpectedIndicator,
  indicatorWorkbook,
} from '../../../fixtures/indicators';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import { getLocale } from '../locales/getLocale';
import { seed002Template } from '../../../fixtures/layouts';
import { findActionTables } from '../actions/findActionTables';
import { parseRange } from '../a1/parseRange';
import { indicatorTableSchema, reportSchema, type IndicatorTable } from '../schema/report';
import { buildReport } from '../buildReport';
import { findIndicatorTables } from './findIndicatorTables';

const ctx: CoreContext = { asOf: '2024-12-31', lang: 'fi', locale: getLocale('fi') };

function onlyTable(grid: Grid): IndicatorTable {
  const { tables } = findIndicatorTables(grid, ctx, []);
  expect(tables).toHaveLength(1);
  const table = tables[0]!;
  expect(() => indicatorTableSchema.parse(table)).not.toThrow();
  return table;
}

function asManagerReadsIt(table: IndicatorTable): ExpectedIndicator[] {
  return table.items.map(({ row, indicator, verdict, trend, latest }) => ({ row, indicator, verdict, trend, latest }));
}

describe('findIndicatorTables on the seeds’ indicator tables', () => {
  it('judges seed 002’s binding goals item by item, with sections, a merged goal and a target in the indicator’s cell', () => {
    const table = onlyTable(seed002IndicatorGrid);
    expect(table.range).toBe('B3:G14');
    expect(asManagerReadsIt(table)).toEqual(SEED002_INDICATORS);
    const turnover = table.items.find((i) => i.row === 11)!;
    expect(turnover).toMatchObject({
      targetText: 'alle 10 %',
      target: { op: '<', value: 10, unit: '%' },
      baseline: 11.2,
      section: 'Henkilöstö',
    });
    // Row 12 sits under the goal cell merged over rows 11–12.
    expect(table.items.find((i) => i.row === 12)?.goal).toBe(turnover.goal);
    expect(table.items.find((i) => i.row === 10)?.status).toBe('done');
    expect(table.items.find((i) => i.row === 5)?.status).toBe('in_progress');
    expect(table.items.find((i) => i.row === 6)?.status).toBeNull();
  });

  it('judges seed 001’s NHG percentages by year, text and %-formatted fractions alike, the empty years left out', () => {
    const table = onlyTable(seed001IndicatorGrid);
    expect(asManagerReadsIt(table)).toEqual(SEED001_INDICATORS);
    expect(table.items[0]?.actuals).toEqual([
      { label: 'Vuosi 2019', value: 9.3 },
      { label: 'Vuosi 2020', value: 8.8 },
      { label: 'Vuosi 2021', value: 8.1 },
      { label: 'Vuosi 2022', value: 7.4 },
      { label: 'Vuosi 2023', value: null },
      { label: 'Vuosi 2024', value: null },
    ]);
    expect(table.items[2]?.actuals.map((a) => a.value)).toEqual([12, 12.5, 13.1, 12.9, null, null]);
  });

  it('judges seed 000’s targets against the baseline, under an action table it leaves alone', () => {
    const { tables, issues } = findIndicatorTables(seed000IndicatorGrid, ctx, []);
    expect(tables.map((t) => t.range)).toEqual(['A6:G14']);
    expect(asManagerReadsIt(tables[0]!)).toEqual(SEED000_INDICATORS);
    expect(tables[0]?.items[0]?.target).toEqual({ op: '<=', value: 11232, unit: null });
    expect(issues.map((i) => [i.cell, i.code])).toEqual([['E13', 'indicator.notNumber']]);
  });

  it('reads seed 004’s Excel table by quarter, with an issue at the value in days and at the damaged target', () => {
    const { tables, issues } = findIndicatorTables(seed004IndicatorGrid, ctx, []);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ range: 'B3:J9', excelTable: 'Mittarit2025' });
    expect(asManagerReadsIt(tables[0]!)).toEqual(SEED004_INDICATORS);
    expect(tables[0]?.items[1]).toMatchObject({ goal: '1. TÄRKEINTÄ IHMINEN', owner: 'Jukka Alasentie' });
    expect(issues.map((i) => [i.cell, i.code])).toEqual([
      ['I7', 'indicator.unitMismatch'],
      ['E8', 'indicator.targetUnreadable'],
    ]);
  });

  it('writes its issues in the chosen language', () => {
    const sv: CoreContext = { ...ctx, lang: 'sv', locale: getLocale('sv') };
    const { issues } = findIndicatorTables(seed004IndicatorGrid, sv, []);
    expect(issues[1]?.message).toContain("Målet 'vähintään 2O'");
  });

  it('reads seed 002’s template binding goals as indicators and leaves its action table exactly as it was', () => {
    const { tables } = findIndicatorTables(seed002Template, ctx, []);
    expect(tables.map((t) => [t.range, t.items.map((i) => i.verdict)])).toEqual([['A9:C12', ['qualitative', 'qualitative']]]);
    const taken = tables.map((t) => parseRange(t.range)!);
    expect(findActionTables(seed002Template, ctx, taken)).toEqual(findActionTables(seed002Template, ctx, []));
  });

  it('keeps indicator rows out of the action table above them when the whole report is built', () => {
    const report = buildReport(indicatorWorkbook(), { asOf: '2024-12-31', lang: 'fi' });
    expect(report.actionTables.map((t) => [t.sheet, t.range, t.total])).toEqual([['Toteuma 2021', 'A1:C3', 2]]);
    expect(() => reportSchema.parse(report)).not.toThrow();
  });
});
