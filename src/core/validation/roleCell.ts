/** Finds the cell an item has in a given column, for issues that must point at it. */
import type { ActionItem, ActionTable, ColumnRole } from '../schema/report';

/**
 * The A1 address (no sheet) of the item's cell for `role`: the one detection recorded, else the
 * role's column on the item's row; null where the table has no such column.
 * @example roleCell({ columns: { status: 'D' }, … }, { row: 7, cells: {}, … }, 'status') //=> 'D7'
 */
export function roleCell(table: ActionTable, item: ActionItem, role: ColumnRole): string | null {
  const recorded = item.cells[role];
  if (recorded !== undefined) return recorded;
  const letter = table.columns[role];
  return letter === undefined ? null : `${letter}${item.row}`;
}
