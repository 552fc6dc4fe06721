/** The tool's own formula: a link to a cell of another sheet. */
import { sheetRef, type PlanLink } from '../core';

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * A HYPERLINK formula that jumps inside the workbook (`#Sheet!A1`) and shows the link's text.
 * @example hyperlinkFormula({ cell: 'F7', sheet: 'Hyte', target: 'C7', text: 'C7' }) //=> `=HYPERLINK("#'Hyte'!C7","C7")`
 */
export function hyperlinkFormula(link: PlanLink): string {
  return `=HYPERLINK(${quoted(`#${sheetRef(link.sheet, link.target)}`)},${quoted(link.text)})`;
}
