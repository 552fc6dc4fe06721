/** A plan's lists as Excel tables on its sheet. */
import type { PlanTable } from '../core';

/** Light banding with no header colour of its own, so the sheet's heading fill and the status colours show through. */
const TABLE_STYLE = 'TableStyleLight1';

/**
 * Queues a table over each of `tables` (its first row the header, already written) under the name given for it in `names`
 * (workbook-unique: see `planTableNames`), with filter buttons and banded rows. Returns the bytes it sends.
 * @example addPlanTables(sheet, [{ name: 'Myöhässä', range: 'A40:E52' }], ['Myöhässä']) //=> 200
 */
export function addPlanTables(sheet: Excel.Worksheet, tables: readonly PlanTable[], names: readonly string[]): number {
  let bytes = 0;
  tables.forEach((table, i) => {
    const added = sheet.tables.add(table.range, true);
    added.name = names[i] ?? table.name;
    added.style = TABLE_STYLE;
    added.showBandedRows = true;
    added.showFilterButton = true;
    bytes += 200 + added.name.length;
  });
  return bytes;
}
