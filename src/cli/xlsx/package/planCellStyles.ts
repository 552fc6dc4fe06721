/** The style each cell of a generated sheet ends up with, once the plan's formats and links are laid over it. */
import { parseRange, type PlanFormat, type SheetPlan } from '../../../core';

/** One cell's style, colours as `#RRGGBB`; what is left out is the workbook's default. */
export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  indent?: number;
  border?: { top?: string; right?: string; bottom?: string; left?: string };
}

/** The map's keys are `row0 * CELL_KEY_ROW + col - 1` (0-based row, 1-based column): Excel has 16 384 columns. */
export const CELL_KEY_ROW = 16384;

/** Links are shown as Excel shows them: blue and underlined. */
const LINK_COLOR = '#0563C1';

/**
 * Formats are laid on in plan order, so a later one adds to or overrides an earlier one on the same cell
 * (a heading's bottom border keeps the cell's other edges); link cells (to a place or to another file) are blue and underlined on top,
 * so every link cell has a style. Keys as CELL_KEY_ROW says.
 * @example planCellStyles({ ...plan, formats: [{ range: 'A1:B1', bold: true }] }).get(0 * 16384 + 0) //=> { bold: true }
 */
export function planCellStyles(plan: Pick<SheetPlan, 'formats' | 'links' | 'fileLinks'>): Map<number, CellStyle> {
  const styles = new Map<number, CellStyle>();
  const at = (row0: number, col1: number): CellStyle => {
    const key = row0 * CELL_KEY_ROW + col1 - 1;
    let style = styles.get(key);
    if (style === undefined) styles.set(key, (style = {}));
    return style;
  };
  for (const format of plan.formats) {
    const r = parseRange(format.range);
    if (!r) throw new Error(`Plan format has no A1 range: ${format.range}`);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) layFormat(at(row - 1, col), format);
    }
  }
  for (const link of [...plan.links, ...(plan.fileLinks ?? [])]) {
    const r = parseRange(link.cell);
    if (!r) throw new Error(`Plan link has no A1 cell: ${link.cell}`);
    const style = at(r.top - 1, r.left);
    style.fontColor = LINK_COLOR;
    style.underline = true;
  }
  return styles;
}

function layFormat(style: CellStyle, format: PlanFormat): void {
  if (format.numberFormat !== undefined) style.numberFormat = format.numberFormat;
  if (format.bold !== undefined) style.bold = format.bold;
  if (format.italic !== undefined) style.italic = format.italic;
  if (format.strike !== undefined) style.strike = format.strike;
  if (format.fontSize !== undefined) style.fontSize = format.fontSize;
  if (format.fontColor !== undefined) style.fontColor = format.fontColor;
  if (format.fill !== undefined) style.fill = format.fill;
  if (format.wrap !== undefined) style.wrap = format.wrap;
  if (format.hAlign !== undefined) style.hAlign = format.hAlign;
  if (format.indent !== undefined) style.indent = format.indent;
  if (format.border) {
    const color = format.border.color;
    style.border =
      format.border.style === 'bottom' ? { ...style.border, bottom: color } : { top: color, right: color, bottom: color, left: color };
  }
}
