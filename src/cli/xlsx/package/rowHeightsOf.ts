/** How tall each row of a generated sheet must be for its wrapped text, since no application fits the rows of a file it opens. */
import type { PlanValue, SheetPlan } from '../../../core';
import { linesOf } from './linesOf';
import { CELL_KEY_ROW, type CellStyle } from './planCellStyles';

/** Excel's height of one line of 11-point Calibri, in points; other sizes scale with it. */
const LINE_POINTS = 15;
const BASE_FONT_SIZE = 11;
/**
 * Column widths count the widest digit of 11-point Calibri; an average letter of running text is about that wide in
 * Calibri and a fifth wider in the fonts LibreOffice falls back to without it (DejaVu Sans), so a line holds this share
 * of the width in characters: a row a little too tall in Excel, never a line cut off in either.
 */
const CHARS_PER_WIDTH = 1 / 1.2;
/** A bold letter is wider. */
const BOLD_FACTOR = 1.08;
/** Excel's default width, for a column the plan gives none. */
const DEFAULT_WIDTH = 8.43;
/** An indent level takes about three characters of the width. */
const INDENT_CHARS = 3;

/** The height a cell needs in points: a line of its font, times the lines its text wraps to. */
function cellHeight(value: PlanValue | undefined, style: CellStyle, widthChars: number): number {
  const scale = (style.fontSize ?? BASE_FONT_SIZE) / BASE_FONT_SIZE;
  if (typeof value !== 'string' || style.wrap !== true) return LINE_POINTS * scale;
  const chars = ((widthChars - (style.indent ?? 0) * INDENT_CHARS) * CHARS_PER_WIDTH) / scale / (style.bold ? BOLD_FACTOR : 1);
  return linesOf(value, chars) * LINE_POINTS * scale;
}

/**
 * The height in points of each row (1-based) taller than the default: wrapped text of more than one line, from the text's
 * length, its column's width and its font size and weight, or a larger font; other rows keep the default height.
 * @example rowHeightsOf(plan, planCellStyles(plan)).get(42) //=> 45 (an action text of three lines in column A)
 */
export function rowHeightsOf(
  plan: Pick<SheetPlan, 'values' | 'columnWidths'>,
  cellStyles: ReadonlyMap<number, CellStyle>,
): Map<number, number> {
  const heights = new Map<number, number>();
  for (const [key, style] of cellStyles) {
    if (style.wrap !== true && (style.fontSize ?? BASE_FONT_SIZE) <= BASE_FONT_SIZE) continue;
    const row0 = Math.floor(key / CELL_KEY_ROW);
    const col0 = key % CELL_KEY_ROW;
    const height = cellHeight(plan.values[row0]?.[col0], style, plan.columnWidths[col0] ?? DEFAULT_WIDTH);
    if (height > LINE_POINTS && height > (heights.get(row0 + 1) ?? 0)) heights.set(row0 + 1, height);
  }
  return heights;
}
