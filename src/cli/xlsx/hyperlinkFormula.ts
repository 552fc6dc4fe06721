/** The one kind of formula the tool writes: a link to a source cell. */
import { sheetRef } from '../../core/a1/sheetRef';
import type { PlanLink } from '../../core/schema/sheetPlan';

/**
 * An in-workbook HYPERLINK formula (no leading `=`, as ExcelJS stores formulas), quotes doubled.
 * @example hyperlinkFormula({ cell: 'A9', sheet: 'Lastensuojelu', target: 'C7', text: 'C7' })
 * //=> `HYPERLINK("#'Lastensuojelu'!C7","C7")`
 */
export function hyperlinkFormula(link: PlanLink): string {
  const quote = (s: string) => s.replace(/"/g, '""');
  return `HYPERLINK("#${quote(sheetRef(link.sheet, link.target))}","${quote(link.text)}")`;
}
