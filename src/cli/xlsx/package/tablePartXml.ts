/** A generated sheet's list as an Excel table part: the filter buttons and banded rows a manager gets in Excel. */
import { parseRange, type PlanTable, type SheetPlan } from '../../../core';
import { encodeCellString } from './encodeCellString';
import { escapeXml } from './escapeXml';
import { TRANSITIONAL, type OoxmlNamespaces } from './ooxmlNamespaces';

/** Light banding with no header colour of its own, so the sheet's heading fill and the status colours show through. */
export const TABLE_STYLE = 'TableStyleLight1';

/**
 * The table part for `table` of `plan`, with the workbook-unique `id` and `name` it takes: its columns named by the header
 * cells' text exactly (Excel repairs a file whose names and cells differ), an autofilter over it, banded rows; in the
 * package's `namespaces`.
 * @example tablePartXml({ name: 'Myöhässä', range: 'A40:E52' }, plan, 3, 'Myöhässä') //=> '<?xml …?><table … id="3" name="Myöhässä" displayName="Myöhässä" ref="A40:E52" …>'
 */
export function tablePartXml(
  table: PlanTable,
  plan: Pick<SheetPlan, 'values'>,
  id: number,
  name: string,
  namespaces: OoxmlNamespaces = TRANSITIONAL,
): string {
  const r = parseRange(table.range);
  if (!r) throw new Error(`Plan table has no A1 range: ${table.range}`);
  const header = plan.values[r.top - 1] ?? [];
  const columns: string[] = [];
  for (let col = r.left; col <= r.right; col++) {
    const text = header[col - 1];
    if (typeof text !== 'string') throw new Error(`Plan table ${table.name} has no header text in column ${col}`);
    columns.push(`<tableColumn id="${col - r.left + 1}" name="${encodeCellString(text)}"/>`);
  }
  const ref = escapeXml(table.range);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${namespaces.spreadsheetml}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}
