/** Writes one SheetPlan onto an empty ExcelJS worksheet (the fallback writer): values, marker, styles, links, rules, layout. */
import type ExcelJS from 'exceljs';
import { GENERATED_MARKER_CELL, generatedMarker } from '../../core/generated/generatedMarker';
import type { SheetPlan } from '../../core/schema/sheetPlan';
import { cellStyleToExcel } from './cellStyleToExcel';
import { conditionalRuleToExcel } from './conditionalRuleToExcel';
import { hyperlinkFormula } from './hyperlinkFormula';
import { CELL_KEY_ROW, planCellStyles } from './package/planCellStyles';

/**
 * Strings go in as text whatever they start with (`=SUM(A1)` stays a string cell); the links are the
 * only formulas. The marker in AZ1 tells the sheet as the tool's own; its column is hidden. Each cell's
 * style comes from `planCellStyles`, as in the package writer, and cells of equal style share one
 * style object: ExcelJS works out a style entry once per object it meets.
 * ExcelJS cannot make charts, so `plan.chart` is left out here (the add-in draws it).
 * @example writePlanToWorksheet(wb.addWorksheet('Yhteenveto'), summaryPlan) // A1 holds the title
 */
export function writePlanToWorksheet(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value === null) return;
      // A plain JS string is stored by ExcelJS as a shared string, never parsed as a formula.
      worksheet.getCell(r + 1, c + 1).value = value;
    });
  });

  const marker = worksheet.getCell(GENERATED_MARKER_CELL.address);
  marker.value = generatedMarker(plan.kind);
  worksheet.getColumn(GENERATED_MARKER_CELL.col).hidden = true;

  plan.columnWidths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });

  const shared = new Map<string, Partial<ExcelJS.Style>>();
  for (const [key, style] of planCellStyles(plan)) {
    const id = JSON.stringify(style);
    let excelStyle = shared.get(id);
    if (excelStyle === undefined) shared.set(id, (excelStyle = cellStyleToExcel(style)));
    worksheet.getCell(Math.floor(key / CELL_KEY_ROW) + 1, (key % CELL_KEY_ROW) + 1).style = excelStyle;
  }

  for (const link of plan.links) {
    worksheet.getCell(link.cell).value = { formula: hyperlinkFormula(link), result: link.text };
  }

  let priority = 1;
  for (const cf of plan.conditionalFormats) {
    worksheet.addConditionalFormatting({
      ref: cf.range,
      rules: cf.rules.map((rule) => conditionalRuleToExcel(rule, priority++)),
    });
  }

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    worksheet.views = [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }];
  }
}
