/** Queues everything one SheetPlan puts on its new sheet: values in whole-range pieces, formats, rules, widths, rows fitted, freeze, chart, tables, page layout. */
import { columnLetter, generatedMarker, GENERATED_MARKER_CELL, parseRange, sheetRef, type PlanLink, type SheetPlan } from '../core';
import { addConditionalFormat } from './addConditionalFormat';
import { addPlanTables } from './addPlanTables';
import { conditionalFormatBytes } from './conditionalFormatBytes';
import { applyPlanFormat } from './applyPlanFormat';
import type { BatchWriter } from './createBatchWriter';
import { columnWidthPoints } from './columnWidthPoints';
import { fitCellText } from './fitCellText';
import { planEntries } from './planEntries';
import { rowBlocks } from './rowBlocks';
import { toExcelEntry } from './toExcelEntry';
import type { WriteFeatures } from './writeFeatures';
import { writePageLayout } from './writePageLayout';

const CHART_TYPES = { bar: 'BarClustered', pie: 'Pie', stackedColumn: 'ColumnStacked' } as const;
/** A thin grey edge around each part of a stacked column, so that a pale status (removed) shows on white. */
const SEGMENT_EDGE = '#7F7F7F';

/**
 * Writes the plan on `sheet` (empty: added or cleared by the caller). Values go as one assignment per block of rows (one block
 * unless the payload budget forces more); the tool's links go on their cells as `Range.hyperlink` to the cell (ExcelApi 1.7;
 * they work in Excel on the web, whose HYPERLINK takes web addresses only), below 1.7 as HYPERLINK formulas (desktop Excel);
 * the marker goes to AZ1 and its column is hidden. Dates in plans are already serial numbers with a date format in `formats`.
 * Rows are fitted to their wrapped text (ExcelApi 1.2) once widths and formats are set; the plan's lists become tables
 * named `tableNames` (workbook-unique, see `planTableNames`); its page setup is written where ExcelApi 1.9 has page layout.
 * @example await writePlan(sheet, planSummarySheet(report, ctx), writer, writeFeatures(4_000_000))
 */
export async function writePlan(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  writer: BatchWriter,
  features: WriteFeatures,
  tableNames: readonly string[] = (plan.tables ?? []).map((t) => t.name),
): Promise<void> {
  const { entries, width, outside } = planEntries(plan, !features.hyperlink);
  // Rows grouped so that one assignment stays within half the budget.
  for (const { start, end, bytes } of rowBlocks(entries, features.budget / 2)) {
    await writer.reserve(bytes + 60);
    sheet.getRange(`A${start + 1}:${columnLetter(width)}${end}`).values = entries.slice(start, end);
  }
  for (const { cell, formula } of outside) {
    await writer.reserve(formula.length + 60);
    sheet.getRange(cell).formulas = [[formula]];
  }
  if (features.hyperlink) await writeCellLinks(sheet, plan.links, writer);
  await writeMarker(sheet, plan, writer);
  await writeFormats(sheet, plan, writer, features);
  await writeColumnWidths(sheet, plan.columnWidths, writer);
  await writer.reserve(80);
  sheet.getRange(`A1:${columnLetter(width)}${Math.max(1, entries.length)}`).format.autofitRows();
  if (plan.freeze && features.freeze) await freezePanes(sheet, plan.freeze, writer);
  if (plan.chart) await addChart(sheet, plan.chart, writer);
  if (plan.tables && plan.tables.length > 0) {
    await writer.reserve(300 * plan.tables.length);
    addPlanTables(sheet, plan.tables, tableNames);
  }
  if (plan.pageSetup && features.pageLayout) {
    await writer.reserve(1000);
    writePageLayout(sheet, plan.pageSetup);
  }
}

async function writeCellLinks(sheet: Excel.Worksheet, links: readonly PlanLink[], writer: BatchWriter): Promise<void> {
  for (const link of links) {
    const hyperlink = cellLink(link);
    await writer.reserve(JSON.stringify(hyperlink).length + 60);
    sheet.getRange(link.cell).hyperlink = hyperlink;
  }
}

/** A link to a cell of the workbook, as `Range.hyperlink` takes it; the text it shows becomes the cell's value. */
function cellLink(link: PlanLink): Excel.RangeHyperlink {
  return { documentReference: sheetRef(link.sheet, link.target), textToDisplay: fitCellText(link.text) };
}

/** The marker that tells the tool's own sheets apart, in a hidden column. */
async function writeMarker(sheet: Excel.Worksheet, plan: SheetPlan, writer: BatchWriter): Promise<void> {
  await writer.reserve(200);
  sheet.getRange(GENERATED_MARKER_CELL.address).values = [[toExcelEntry(generatedMarker(plan.kind))]];
  sheet.getRange(`${GENERATED_MARKER_CELL.column}:${GENERATED_MARKER_CELL.column}`).columnHidden = true;
}

/** Cell formats (a number format costs bytes per cell), then the conditional formats. */
async function writeFormats(sheet: Excel.Worksheet, plan: SheetPlan, writer: BatchWriter, features: WriteFeatures): Promise<void> {
  for (const format of plan.formats) {
    const r = parseRange(format.range);
    if (!r) continue;
    const size = { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 };
    await writer.reserve(80 + (format.numberFormat ? size.rows * size.cols * (format.numberFormat.length + 3) : 0));
    applyPlanFormat(sheet, format, size, features);
  }
  for (const cf of plan.conditionalFormats) {
    await writer.reserve(conditionalFormatBytes(cf));
    addConditionalFormat(sheet.getRange(cf.range), cf);
  }
}

async function writeColumnWidths(sheet: Excel.Worksheet, columnWidths: SheetPlan['columnWidths'], writer: BatchWriter): Promise<void> {
  for (const [i, chars] of columnWidths.entries()) {
    await writer.reserve(60);
    const col = columnLetter(i + 1);
    sheet.getRange(`${col}:${col}`).format.columnWidth = columnWidthPoints(chars);
  }
}

/** Freezes the plan's header rows and columns; nothing when both are zero. */
async function freezePanes(sheet: Excel.Worksheet, freeze: NonNullable<SheetPlan['freeze']>, writer: BatchWriter): Promise<void> {
  const { rows, cols } = freeze;
  if (!(rows > 0 || cols > 0)) return;
  await writer.reserve(60);
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetter(cols)}${rows}`));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else sheet.freezePanes.freezeColumns(cols);
}

/**
 * The chart over the plan's range, series by columns (Excel takes a first column of text as the categories and a first row
 * of text as the series' names), each series in the plan's colour where it gives one, the legend of a stacked chart below
 * it. Everything here is ExcelApi 1.1 and queued: no sync of its own, whatever the number of series.
 */
async function addChart(sheet: Excel.Worksheet, chart: NonNullable<SheetPlan['chart']>, writer: BatchWriter): Promise<void> {
  const colors = chart.seriesColors ?? [];
  await writer.reserve(200 + 160 * colors.length);
  const added = sheet.charts.add(CHART_TYPES[chart.type], sheet.getRange(chart.dataRange), 'Columns');
  added.title.text = chart.title;
  for (const [i, color] of colors.entries()) {
    const series = added.series.getItemAt(i);
    series.format.fill.setSolidColor(color);
    series.format.line.color = SEGMENT_EDGE;
  }
  if (chart.type === 'stackedColumn') added.legend.position = 'Bottom';
  // A range gives the chart's corners; a cell, its top-left in Excel's default size.
  const [start = chart.anchor, end] = chart.anchor.split(':');
  if (end === undefined) added.setPosition(start);
  else added.setPosition(start, end);
}
