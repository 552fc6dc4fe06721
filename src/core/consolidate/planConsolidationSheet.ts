/** *Koonti*: one row per unit workbook, every unit side by side, with the totals row under them. */
import { columnLetter } from '../a1/columnLetter';
import { rangeAddress } from '../a1/rangeAddress';
import { formatMessage } from '../i18n/formatMessage';
import type { Locale } from '../locales/locale';
import { HEADING_FILL, OVERDUE_FLAG } from '../palette';
import { isoToExcelSerial } from '../schedule/isoToExcelSerial';
import type { BudgetLineSum, Consolidation, WorkbookSummary } from '../schema/consolidation';
import type { CanonicalStatus } from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { planTable } from '../print/planTable';
import type { PlanFileLink, PlanFormat, PlanTable, PlanValue, SheetPlan } from '../schema/sheetPlan';
import { foldBudgetLabel } from './foldBudgetLabel';
import { planUnitStatusChart, UNIT_CHART_ROWS } from './planUnitStatusChart';
import { statusLook } from '../status/statusLook';

const DATE_FORMAT = 'd.m.yyyy';
const SHARE_FORMAT = '0 %';
const PCT_FORMAT = '0.0';
const AMOUNT_FORMAT = '#,##0';
const BORDER = '#9BC2E6';
/** The table's header row: under the title, the as-of date and the counts of files. */
const HEADER_ROW = 6;
/** Charts start in column D: right of the counts by status in A and B, one empty column between. */
const CHART_COLUMN = 4;
const BUDGET_FIELDS = ['budget', 'actual', 'forecast', 'actualVsBudgetPct', 'forecastVsBudgetPct'] as const;

interface Column {
  header: string;
  cell: (w: WorkbookSummary) => PlanValue;
  total: PlanValue;
  width: number;
  format?: Omit<PlanFormat, 'range'>;
  status?: CanonicalStatus;
}

/**
 * The finance office's overview: file, unit, actions, a count and a share per status (headers in the
 * palette's colours), overdue, errors, warnings and info, the indicator verdicts when the reports have
 * them, the budget lines units share (budget, actual, forecast and the two percentages), and why a
 * file could not be read. The totals row sums the rows above. Under the table, the counts of all units by status, and
 * beside them each unit's statuses as a stacked column (`planUnitStatusChart`, up to 40 units, its figures below it) or,
 * for more units, the counts as bars. Each file name links to its workbook where `linkOf` gives a path.
 * @example planConsolidationSheet(consolidation, fi).values[5]?.slice(0, 3) //=> ['Tiedosto', 'Yksikkö', 'Toimenpiteitä']
 */
export function planConsolidationSheet(
  consolidation: Consolidation,
  locale: Locale,
  linkOf: (file: string) => string | null = () => null,
): SheetPlan {
  const c = locale.consolidate;
  const columns = columnsOf(consolidation, locale);
  const width = columns.length;
  const values = unitRows(consolidation, columns, locale);
  const totalRow = values.length;
  const formats = unitFormats(consolidation, columns, totalRow);
  const columnWidths = columns.map((col) => col.width);
  // Under the table: the counts of all units by status, the chart beside them, and the chart's own figures below both.
  const statusTop = totalRow + 2;
  const status = statusBlock(consolidation, locale, width, statusTop);
  const belowChart = Math.max(totalRow + status.values.length, statusTop + UNIT_CHART_ROWS - 1) + 2;
  const chartAt = { row: statusTop, col: CHART_COLUMN };
  const unitChart = planUnitStatusChart(consolidation, locale, belowChart, chartAt, columnWidths);
  const gap = Array.from({ length: belowChart - 1 - (totalRow + status.values.length) }, () => padded([], width));
  const unitBlock = unitChart ? [...gap, ...unitChart.values.map((row) => padded(row, width))] : [];
  return {
    kind: 'consolidation',
    name: c.sheetName,
    values: [...values, ...status.values, ...unitBlock],
    formats: [...formats, ...status.formats, ...(unitChart?.formats ?? [])],
    conditionalFormats: [],
    links: [],
    fileLinks: fileLinksOf(consolidation.workbooks, linkOf),
    tables: unitTable(values, totalRow, width, locale.print.tableNames.units),
    columnWidths,
    freeze: { rows: HEADER_ROW, cols: 2 },
    ...(unitChart ? { chart: unitChart.chart } : allUnitsChart(consolidation, locale, statusTop)),
  };
}

/** Too many units for a column each: the statuses of all units together as bars, beside their counts. */
function allUnitsChart(consolidation: Consolidation, locale: Locale, statusTop: number): Pick<SheetPlan, 'chart'> {
  if (consolidation.totals.total === 0) return {};
  return {
    chart: {
      type: 'bar',
      title: locale.consolidate.chartTitle,
      dataRange: `A${statusTop + 1}:B${statusTop + CANONICAL_STATUSES.length}`,
      anchor: `${columnLetter(CHART_COLUMN)}${statusTop}`,
    },
  };
}

/** A row `width` cells wide: the cells given, then empty ones. */
function padded(cells: PlanValue[], width: number): PlanValue[] {
  return [...cells, ...Array<PlanValue>(Math.max(0, width - cells.length)).fill(null)];
}

/** The title lines, the header row, a row per unit and the totals row. */
function unitRows(consolidation: Consolidation, columns: readonly Column[], locale: Locale): PlanValue[][] {
  const c = locale.consolidate;
  const pad = (cells: PlanValue[]) => padded(cells, columns.length);
  const { totals } = consolidation;
  return [
    pad([c.title]),
    pad([c.asOf, isoToExcelSerial(consolidation.asOf) ?? consolidation.asOf]),
    pad([c.workbooks, totals.workbooks]),
    pad([c.unreadable, totals.unreadable]),
    pad([]),
    pad(columns.map((col) => col.header)),
    ...consolidation.workbooks.map((w) => columns.map((col) => col.cell(w))),
    columns.map((col, i) => (i === 0 ? c.totalRow : col.total)),
  ];
}

/** The title large, the header row in the heading fill, each column's own format, the totals row bold. */
function unitFormats(consolidation: Consolidation, columns: readonly Column[], totalRow: number): PlanFormat[] {
  const width = columns.length;
  return [
    { range: 'A1', bold: true, fontSize: 16 },
    { range: 'B2', numberFormat: DATE_FORMAT, hAlign: 'left' },
    { range: 'B3:B4', hAlign: 'left' },
    ...(consolidation.totals.unreadable > 0 ? [{ range: 'B4', bold: true, fontColor: OVERDUE_FLAG.fill }] : []),
    {
      range: rangeAddress({ top: HEADER_ROW, left: 1, bottom: HEADER_ROW, right: width }),
      bold: true,
      fill: HEADING_FILL,
      wrap: true,
      border: { style: 'bottom', color: BORDER },
    },
    ...columns.flatMap((col, i) => columnFormats(col, i + 1, HEADER_ROW + 1, totalRow)),
    {
      range: rangeAddress({ top: totalRow, left: 1, bottom: totalRow, right: width }),
      bold: true,
      border: { style: 'bottom', color: BORDER },
    },
  ];
}

/** Under the totals, after an empty row: every status with its count over all units, in its colour (the chart's data). */
function statusBlock(
  consolidation: Consolidation,
  locale: Locale,
  width: number,
  top: number,
): { values: PlanValue[][]; formats: PlanFormat[] } {
  const c = locale.consolidate;
  const statusRows = CANONICAL_STATUSES.map((s) => padded([locale.statusLabels[s], consolidation.totals.byStatus[s]], width));
  return {
    values: [padded([], width), padded([c.statusHeading, c.countColumn], width), ...statusRows],
    formats: [
      { range: `A${top}:B${top}`, bold: true, fill: HEADING_FILL, border: { style: 'bottom', color: BORDER } },
      ...CANONICAL_STATUSES.map((s, i) => ({ range: `A${top + 1 + i}`, ...statusLook(s) })),
    ],
  };
}

/** Each unit's file name in column A opens its workbook. */
function fileLinksOf(workbooks: readonly WorkbookSummary[], linkOf: (file: string) => string | null): PlanFileLink[] {
  return workbooks.flatMap((w, i) => {
    const path = linkOf(w.file);
    return path === null ? [] : [{ cell: `A${HEADER_ROW + 1 + i}`, path, text: w.file }];
  });
}

function columnsOf(consolidation: Consolidation, locale: Locale): Column[] {
  const c = locale.consolidate;
  const { totals } = consolidation;
  const share = (count: number, total: number): number | null => (total > 0 ? count / total : null);
  const statusCounts: Column[] = CANONICAL_STATUSES.map((s) => ({
    header: locale.statusLabels[s],
    cell: (w) => (w.ok ? w.totals.byStatus[s] : null),
    total: totals.byStatus[s],
    width: 14,
    status: s,
  }));
  const statusShares: Column[] = CANONICAL_STATUSES.map((s) => ({
    header: formatMessage(c.shareColumn, { status: locale.statusLabels[s] }),
    cell: (w) => (w.ok ? share(w.totals.byStatus[s], w.totals.total) : null),
    total: share(totals.byStatus[s], totals.total),
    width: 16,
    format: { numberFormat: SHARE_FORMAT },
    status: s,
  }));
  const counted = (header: string, pick: (w: WorkbookSummary) => number, total: number): Column => ({
    header,
    cell: (w) => (w.ok ? pick(w) : null),
    total,
    width: 14,
  });
  return [
    { header: c.fileColumn, cell: (w) => w.file, total: null, width: 40, format: { wrap: true } },
    { header: c.unitColumn, cell: (w) => w.unit, total: null, width: 34, format: { wrap: true } },
    counted(c.totalColumn, (w) => w.totals.total, totals.total),
    ...statusCounts,
    ...statusShares,
    { ...counted(c.overdueColumn, (w) => w.overdue, totals.overdue), format: { fontColor: OVERDUE_FLAG.fill, bold: true } },
    counted(c.errorsColumn, (w) => w.issues.error, totals.issues.error),
    counted(c.warningsColumn, (w) => w.issues.warning, totals.issues.warning),
    counted(c.infoColumn, (w) => w.issues.info, totals.issues.info),
    ...changeColumns(consolidation, locale),
    ...indicatorColumns(consolidation, locale),
    ...totals.budget.flatMap((line) => budgetColumns(line, locale)),
    // Not wrapped: the last column's text runs on into the empty cells beside it, so a file that could not be read keeps a
    // row as tall as the others (wrapped, its two-line reason made the row five lines tall, blank across the counts).
    { header: c.reasonColumn, cell: (w) => w.reason, total: null, width: 60 },
  ];
}

/** What moved in each unit since its earlier report, when any unit's workbook has one (issue 15's history). */
function changeColumns(consolidation: Consolidation, locale: Locale): Column[] {
  const sum = consolidation.totals.changes;
  if (!sum) return [];
  const c = locale.consolidate;
  const moved = (header: string, pick: (changes: NonNullable<WorkbookSummary['changes']>) => number, total: number): Column => ({
    header,
    cell: (w) => (w.changes ? pick(w.changes) : null),
    total,
    width: 13,
  });
  return [
    {
      header: c.sinceColumn,
      cell: (w) => (w.changes ? (isoToExcelSerial(w.changes.since) ?? w.changes.since) : null),
      total: null,
      width: 13,
      format: { numberFormat: DATE_FORMAT, hAlign: 'left' },
    },
    moved(c.newlyDoneColumn, (ch) => ch.newlyDone, sum.newlyDone),
    { ...moved(c.newlyOverdueColumn, (ch) => ch.newlyOverdue, sum.newlyOverdue), format: { fontColor: OVERDUE_FLAG.fill } },
    moved(c.addedColumn, (ch) => ch.added, sum.added),
    moved(c.droppedColumn, (ch) => ch.dropped, sum.dropped),
  ];
}

function indicatorColumns(consolidation: Consolidation, locale: Locale): Column[] {
  const verdicts = Object.keys(consolidation.totals.indicators ?? {});
  return verdicts.map((verdict) => ({
    header: formatMessage(locale.consolidate.indicatorColumn, { verdict: verdictLabel(verdict, locale) }),
    cell: (w) => (w.ok ? (w.indicators?.[verdict] ?? 0) : null),
    total: consolidation.totals.indicators?.[verdict] ?? 0,
    width: 12,
  }));
}

/** The verdict's word in the user's language (`Saavutettu`), or its code where the locale has none. */
function verdictLabel(verdict: string, locale: Locale): string {
  const labels: Record<string, string> = locale.indicators.verdictLabels;
  return labels[verdict] ?? verdict;
}

/** The units' rows under their header as an Excel table (the totals row stays outside, so filtering leaves it whole). */
function unitTable(values: readonly PlanValue[][], totalRow: number, width: number, name: string): PlanTable[] {
  const table = planTable(name, values, HEADER_ROW, totalRow - 1, width);
  return table ? [table] : [];
}

function budgetColumns(total: BudgetLineSum, locale: Locale): Column[] {
  const key = foldBudgetLabel(total.label);
  const lineOf = (w: WorkbookSummary) => w.budget?.find((l) => foldBudgetLabel(l.label) === key) ?? null;
  return BUDGET_FIELDS.map((field) => ({
    header: formatMessage(locale.consolidate.budgetColumn, { label: total.label, column: locale.consolidate.budgetColumns[field] }),
    cell: (w) => lineOf(w)?.[field] ?? null,
    total: total[field],
    width: 13,
    format: { numberFormat: field.endsWith('Pct') ? PCT_FORMAT : AMOUNT_FORMAT },
  }));
}

function columnFormats(col: Column, index: number, firstRow: number, totalRow: number): PlanFormat[] {
  const letter = columnLetter(index);
  const out: PlanFormat[] = [];
  if (col.format) out.push({ range: `${letter}${firstRow}:${letter}${totalRow}`, ...col.format });
  if (col.status) out.push({ range: `${letter}${HEADER_ROW}`, ...statusLook(col.status) });
  return out;
}
