/** One generated cell's style in ExcelJS's shape, for the fallback writer. */
import type ExcelJS from 'exceljs';
import { argbOf } from './argbOf';
import type { CellStyle } from './package/planCellStyles';

/**
 * The same style the package writer puts in the styles part, as ExcelJS takes it on a cell.
 * @example cellStyleToExcel({ bold: true, fill: '#DDEBF7' }) //=> { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } }
 */
export function cellStyleToExcel(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.numberFormat !== undefined) out.numFmt = style.numberFormat;
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.strike !== undefined) font.strike = style.strike;
  if (style.underline) font.underline = true;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argbOf(style.fontColor) };
  if (Object.keys(font).length > 0) out.font = font;
  if (style.fill !== undefined) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(style.fill) } };
  if (style.wrap !== undefined || style.hAlign !== undefined || style.indent !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.hAlign !== undefined) alignment.horizontal = style.hAlign;
    if (style.indent !== undefined) alignment.indent = style.indent;
    out.alignment = alignment;
  }
  if (style.border) {
    const edge = (color: string | undefined): Partial<ExcelJS.Border> | undefined =>
      color === undefined ? undefined : { style: 'thin', color: { argb: argbOf(color) } };
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of ['top', 'left', 'bottom', 'right'] as const) {
      const e = edge(style.border[side]);
      if (e) border[side] = e;
    }
    out.border = border;
  }
  return out;
}
