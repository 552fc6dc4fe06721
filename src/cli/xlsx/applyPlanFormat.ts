/** Applies one plan format (number format, font, fill, border, alignment) to every cell of its range. */
import type ExcelJS from 'exceljs';
import { parseRange } from '../../core/a1/parseRange';
import type { PlanFormat } from '../../core/schema/sheetPlan';
import { argbOf } from './argbOf';

/**
 * Merges the format into each cell's style, so formats listed later add to earlier ones.
 * @example applyPlanFormat(ws, { range: 'A1:F1', bold: true, fill: '#DDEBF7' }) // A1…F1 bold on light blue
 */
export function applyPlanFormat(worksheet: ExcelJS.Worksheet, format: PlanFormat): void {
  const r = parseRange(format.range);
  if (!r) throw new Error(`Plan format has no A1 range: ${format.range}`);
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const cell = worksheet.getCell(row, col);
      if (format.numberFormat !== undefined) cell.numFmt = format.numberFormat;
      const font: Partial<ExcelJS.Font> = { ...cell.font };
      if (format.bold !== undefined) font.bold = format.bold;
      if (format.italic !== undefined) font.italic = format.italic;
      if (format.strike !== undefined) font.strike = format.strike;
      if (format.fontSize !== undefined) font.size = format.fontSize;
      if (format.fontColor !== undefined) font.color = { argb: argbOf(format.fontColor) };
      cell.font = font;
      if (format.fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(format.fill) } };
      if (format.wrap !== undefined || format.hAlign !== undefined || format.indent !== undefined) {
        const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
        if (format.wrap !== undefined) alignment.wrapText = format.wrap;
        if (format.hAlign !== undefined) alignment.horizontal = format.hAlign;
        if (format.indent !== undefined) alignment.indent = format.indent;
        cell.alignment = alignment;
      }
      if (format.border) {
        const edge: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: argbOf(format.border.color) } };
        cell.border =
          format.border.style === 'bottom'
            ? { ...cell.border, bottom: edge }
            : { top: edge, left: edge, bottom: edge, right: edge };
      }
    }
  }
}
