/** Koonti's chart of statuses per unit: a stacked column per unit, over a small table of its counts. */
import { columnLetter } from '../a1/columnLetter';
import type { Locale } from '../locales/locale';
import { HEADING_FILL } from '../palette';
import type { WorkbookSummary, Consolidation } from '../schema/consolidation';
import type { CanonicalStatus } from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import type { PlanChart, PlanFormat, PlanValue } from '../schema/sheetPlan';
import { statusChartColor } from '../status/statusChartColor';
import { statusLook } from '../status/statusLook';

/**
 * Up to this many units a column each stays readable (about 35 px a column at the widest chart); beyond it the units'
 * names no longer fit under their columns, and Koonti charts the statuses of all units together instead.
 */
export const UNIT_CHART_LIMIT = 40;

/** Excel's default column width in characters, where the plan gives none. */
const DEFAULT_WIDTH = 8.43;
/** The chart's height in rows (about 440 px in Excel, 330 pt in LibreOffice): room for the units' names turned aslant. */
export const UNIT_CHART_ROWS = 26;
const MIN_WIDTH_PX = 480;
const MAX_WIDTH_PX = 1600;
/** Room for the value axis and the margins, then this much per unit's column. */
const AXIS_PX = 160;
const UNIT_PX = 48;
const BORDER = '#9BC2E6';

export interface UnitStatusChart {
  /** The chart's table from column A: a header row (unit, then each status that occurs), a row per unit. */
  values: PlanValue[][];
  formats: PlanFormat[];
  chart: PlanChart;
}

/**
 * The units that were read and have actions, a row each (in Koonti's order) with its count of every status that occurs
 * in any of them, headed by the statuses in their colours, from row `top` on; the chart stacks each unit's statuses in
 * one column in the same colours, its top-left corner at `chartAt`, `UNIT_CHART_ROWS` tall and wider the more units it
 * shows. Null when no unit has actions or more than `UNIT_CHART_LIMIT` have.
 * @example planUnitStatusChart(consolidation, fi, 40, { row: 12, col: 4 }, [36, 28, 14])?.chart.dataRange //=> 'A40:E48' (8 units, 4 statuses)
 */
export function planUnitStatusChart(
  consolidation: Consolidation,
  locale: Locale,
  top: number,
  chartAt: { row: number; col: number },
  columnWidths: readonly number[],
): UnitStatusChart | null {
  const units = consolidation.workbooks.filter((w) => w.ok && w.totals.total > 0);
  if (units.length === 0 || units.length > UNIT_CHART_LIMIT) return null;
  const statuses = statusesThatOccur(units);
  const right = 1 + statuses.length;
  const bottom = top + units.length;
  return {
    values: [
      [locale.consolidate.unitColumn, ...statuses.map((s) => locale.statusLabels[s])],
      ...units.map((w) => [w.unit, ...statuses.map((s) => w.totals.byStatus[s])]),
    ],
    formats: [
      { range: `A${top}`, bold: true, fill: HEADING_FILL, border: { style: 'bottom', color: BORDER } },
      ...statuses.map((s, i) => ({ range: `${columnLetter(2 + i)}${top}`, bold: true, ...statusLook(s) })),
    ],
    chart: {
      type: 'stackedColumn',
      title: locale.consolidate.unitChartTitle,
      dataRange: `A${top}:${columnLetter(right)}${bottom}`,
      anchor: chartCells(chartAt.col, chartAt.row, units.length, columnWidths),
      seriesColors: statuses.map(statusChartColor),
    },
  };
}

/** The canonical statuses any of the units has, in the canonical order (the order of every legend of the tool). */
function statusesThatOccur(units: readonly WorkbookSummary[]): CanonicalStatus[] {
  return CANONICAL_STATUSES.filter((s) => units.some((w) => w.totals.byStatus[s] > 0));
}

/** From `left`, as many columns as the chart's width takes (the columns' own widths), `UNIT_CHART_ROWS` rows tall. */
function chartCells(left: number, top: number, unitCount: number, columnWidths: readonly number[]): string {
  const wanted = Math.min(MAX_WIDTH_PX, Math.max(MIN_WIDTH_PX, AXIS_PX + UNIT_PX * unitCount));
  let right = left;
  let width = columnPx(columnWidths[left - 1]);
  while (width < wanted) {
    right += 1;
    width += columnPx(columnWidths[right - 1]);
  }
  return `${columnLetter(left)}${top}:${columnLetter(right)}${top + UNIT_CHART_ROWS - 1}`;
}

/** A column's width in pixels as Excel draws it at 100 % with Calibri 11: 7 px a character and 5 px of padding. */
function columnPx(chars: number | undefined): number {
  return Math.round((chars ?? DEFAULT_WIDTH) * 7 + 5);
}
