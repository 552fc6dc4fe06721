/** Queues everything one SheetPlan puts on its new sheet: values in whole-range pieces, formats, rules, widths, freeze, chart. */
import {
  columnLetter,
  generatedMarker,
  GENERATED_MARKER_CELL,
  parseRange,
  sheetRef,
  type PlanLink,
  type SheetPlan,
} from '../core';
import { addConditionalFormat } from './addConditionalFormat';
import { applyPlanFormat } from './applyPlanFormat';
import type { BatchWriter } from './createBatchWriter';
import { columnWidthPoints } from './columnWidthPoints';
import { fitCellText } from './fitCellText';
import { hyperlinkFormula } from './hyperlinkFormula';
import { toExcelEntry } from './toExcelEntry';
import type { WriteFeatures } from './writeFeatures';

const CHART_TYPES = { bar: 'BarClustered', pie: 'Pie' } as const;

/**
 * Writes the plan on `sheet` (empty: added or cleared by the caller). Values go as one assignment per block of rows (one block
 * unless the payload budget forces more); the tool's links go on their cells as `Range.hyperlink` to the cell (ExcelApi 1.7;
 * they work in Excel on the web, whose HYPERLINK takes web addresses only), below 1.7 as HYPERLINK formulas (desktop Excel);
 * the marker goes to AZ1 and its column is hidden. Dates in plans are already serial numbers with a date format in `formats`.
 * @example await writePlan(sheet, planSummarySheet(report, ctx), writer, writeFeatures(4_000_000))
 */
export async function writePlan(sheet: Excel.Worksheet, plan: SheetPlan, writer: BatchWriter, features: WriteFeatures): Promise<void> {
  const width = Math.max(1, ...plan.values.map((row) => row.length));
  const entries: (string | number | boolean)[][] = plan.values.map((row) =>
    Array.from({ length: width }, (_, j) => toExcelEntry(row[j] ?? null)),
  );
  const outside: { cell: string; formula: string }[] = [];
  if (!features.hyperlink) {
    for (const link of plan.links) {
      const at = parseRange(link.cell);
      const line = at ? entries[at.top - 1] : undefined;
      if (at && line && at.left <= width) line[at.left - 1] = hyperlinkFormula(link);
      else outside.push({ cell: link.cell, formula: hyperlinkFormula(link) });
    }
  }

  // Values: rows grouped so that one assignment stays within half the budget.
  let start = 0;
  while (start < entries.length) {
    let bytes = 0;
    let end = start;
    while (end < entries.length) {
      const rowBytes = JSON.stringify(entries[end]).length + 1;
      if (end > start && bytes + rowBytes > features.budget / 2) break;
      bytes += rowBytes;
      end++;
    }
    await writer.reserve(bytes + 60);
    sheet.getRange(`A${start + 1}:${columnLetter(width)}${end}`).values = entries.slice(start, end);
    start = end;
  }
  for (const { cell, formula } of outside) {
    await writer.reserve(formula.length + 60);
    sheet.getRange(cell).formulas = [[formula]];
  }
  if (features.hyperlink) {
    for (const link of plan.links) {
      const hyperlink = cellLink(link);
      await writer.reserve(JSON.stringify(hyperlink).length + 60);
      sheet.getRange(link.cell).hyperlink = hyperlink;
    }
  }

  await writer.reserve(200);
  sheet.getRange(GENERATED_MARKER_CELL.address).values = [[toExcelEntry(generatedMarker(plan.kind))]];
  sheet.getRange(`${GENERATED_MARKER_CELL.column}:${GENERATED_MARKER_CELL.column}`).columnHidden = true;

  for (const format of plan.formats) {
    const r = parseRange(format.range);
    if (!r) continue;
    const size = { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 };
    await writer.reserve(80 + (format.numberFormat ? size.rows * size.cols * (format.numberFormat.length + 3) : 0));
    applyPlanFormat(sheet, format, size, features);
  }
  for (const cf of plan.conditionalFormats) {
    await writer.reserve(cf.rules.reduce((n, rule) => n + 200 + rule.formula.length, 0));
    addConditionalFormat(sheet.getRange(cf.range), cf);
  }
  for (const [i, chars] of plan.columnWidths.entries()) {
    await writer.reserve(60);
    const col = columnLetter(i + 1);
    sheet.getRange(`${col}:${col}`).format.columnWidth = columnWidthPoints(chars);
  }
  if (plan.freeze && features.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    await writer.reserve(60);
    const { rows, cols } = plan.freeze;
    if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetter(cols)}${rows}`));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else sheet.freezePanes.freezeColumns(cols);
  }
  if (plan.chart) {
    await writer.reserve(200);
    const chart = sheet.charts.add(CHART_TYPES[plan.chart.type], sheet.getRange(plan.chart.dataRange), 'Columns');
    chart.title.text = plan.chart.title;
    chart.setPosition(plan.chart.anchor);
  }
}

/** A link to a cell of the workbook, as `Range.hyperlink` takes it; the text it shows becomes the cell's value. */
function cellLink(link: PlanLink): Excel.RangeHyperlink {
  return { documentReference: sheetRef(link.sheet, link.target), textToDisplay: fitCellText(link.text) };
}
