/** One `formats` entry of a plan as whole-range format writes. */
import type { PlanFormat } from '../core';

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const OUTLINE_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/**
 * Queues the entry's number format, font, fill, alignment, wrap, indent and border on its range; returns the bytes it sends.
 * The number format is an invariant (en-US) code written as a 2D array the range's size.
 * @example applyPlanFormat(sheet, { range: 'B7:B14', numberFormat: '0 %' }, { rows: 8, cols: 1 }, true) //=> 160
 */
export function applyPlanFormat(
  sheet: Excel.Worksheet,
  format: PlanFormat,
  size: { rows: number; cols: number },
  indentSupported: boolean,
): number {
  const range = sheet.getRange(format.range);
  let bytes = 60;
  if (format.numberFormat !== undefined) {
    const fmt = format.numberFormat;
    range.numberFormat = Array.from({ length: size.rows }, () => Array.from({ length: size.cols }, () => fmt));
    bytes += size.rows * size.cols * (fmt.length + 3);
  }
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.italic !== undefined) range.format.font.italic = format.italic;
  if (format.strike !== undefined) range.format.font.strikethrough = format.strike;
  if (format.fontSize !== undefined) range.format.font.size = format.fontSize;
  if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
  if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
  if (format.hAlign !== undefined) range.format.horizontalAlignment = ALIGN[format.hAlign];
  if (format.indent !== undefined && indentSupported) range.format.indentLevel = format.indent;
  if (format.border) {
    const edges = format.border.style === 'bottom' ? (['EdgeBottom'] as const) : OUTLINE_EDGES;
    const color = format.border.color;
    for (const edge of edges) {
      const border = range.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = color;
    }
  }
  return bytes;
}
