/** The tool's own formula: a link to a cell of another sheet. */
import { excelString, sheetRef, type PlanLink } from '../core';
import { fitCellText, MAX_FORMULA_TEXT } from './fitCellText';

/**
 * A HYPERLINK formula that jumps inside the workbook (`#Sheet!A1`) and shows the link's text (cut to the 255 characters a
 * formula's text constant holds). Only desktop Excel follows it: Excel on the web takes web addresses only.
 * @example hyperlinkFormula({ cell: 'F7', sheet: 'Hyte', target: 'C7', text: 'C7' }) //=> `=HYPERLINK("#'Hyte'!C7","C7")`
 */
export function hyperlinkFormula(link: PlanLink): string {
  return `=HYPERLINK(${excelString(`#${sheetRef(link.sheet, link.target)}`)},${excelString(fitCellText(link.text, MAX_FORMULA_TEXT))})`;
}
