/** Writes one SheetPlan onto an empty ExcelJS worksheet: values, marker, formats, links, rules, layout. */
import type ExcelJS from 'exceljs';
import { GENERATED_MARKER_CELL, generatedMarker } from '../../core/generated/generatedMarker';
import type { SheetPlan } from '../../core/schema/sheetPlan';
import { applyPlanFormat } from './applyPlanFormat';
import { conditionalRuleToExcel } from './conditionalRuleToExcel';
import { hyperlinkFormula } from './hyperlinkFormula';

const LINK_COLOR = 'FF0563C1';

/**
 * Strings go in as text whatever they start with (`=SUM(A1)` stays a string cell); the links are the
 * only formulas. The marker in AZ1 tells the sheet as the tool's own; its column is hidden.
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

  for (const format of plan.formats) applyPlanFormat(worksheet, format);

  for (const link of plan.links) {
    const cell = worksheet.getCell(link.cell);
    cell.value = { formula: hyperlinkFormula(link), result: link.text };
    cell.font = { ...cell.font, color: { argb: LINK_COLOR }, underline: true };
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
  shareEqualStyles(worksheet);
}

/**
 * ExcelJS gives every cell a style object of its own and, writing the file, works out each object's style
 * entry anew unless it has met that very object before: cells with equal styles get one shared object.
 * Nothing changes a style after this, so sharing is safe. The plan's dates come as serial numbers with
 * their own number format, so no style is shared between a date and a number that would need different ones.
 */
function shareEqualStyles(worksheet: ExcelJS.Worksheet): void {
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const key = JSON.stringify(cell.style);
      const known = shared.get(key);
      if (known === undefined) shared.set(key, cell.style);
      else cell.style = known;
    });
  });
}
