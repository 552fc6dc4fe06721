/** A list on a generated sheet as an Excel table, when its header can head one. */
import { rangeAddress } from '../a1/rangeAddress';
import type { PlanTable, PlanValue } from '../schema/sheetPlan';

/**
 * The table over `values` rows `headerRow` to `lastRow` (1-based) and columns 1 to `width`, or null when there is no row
 * under the header or the header's cells are not distinct, non-empty texts: Excel would rename such columns, and so
 * change the sheet's own text.
 * @example planTable('Myöhässä', [['Toimenpide', 'Välilehti'], ['Kotihoito', 'Hyte']], 1, 2, 2) //=> { name: 'Myöhässä', range: 'A1:B2' }
 */
export function planTable(
  name: string,
  values: readonly (readonly PlanValue[])[],
  headerRow: number,
  lastRow: number,
  width: number,
): PlanTable | null {
  if (lastRow <= headerRow) return null;
  const header = (values[headerRow - 1] ?? []).slice(0, width);
  const texts = header.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : ''));
  if (texts.length < width || texts.some((t) => t === '') || new Set(texts).size !== texts.length) return null;
  return { name, range: rangeAddress({ top: headerRow, left: 1, bottom: lastRow, right: width }) };
}
