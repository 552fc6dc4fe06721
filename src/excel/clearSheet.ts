/** Empties one of the tool's own sheets so a plan can be written into it where it stands. */
import type { WriteFeatures } from './writeFeatures';

/**
 * Queues what makes the sheet as empty as a new one, keeping the sheet itself (its place, and every formula of the user's that
 * refers to it): cells with their values, formulas, formats and links; conditional formats; merged cells; the charts and
 * tables given (loaded by the caller; a table first, so its name is free for the plan's own); hidden columns; freeze panes
 * where ExcelApi 1.7 has them. Column widths stay: the plan sets its own. Returns the bytes it sends.
 * @example clearSheet(context.workbook.worksheets.getItem('Yhteenveto'), charts.items, tables.items, writeFeatures(4_000_000)) //=> 380
 */
export function clearSheet(
  sheet: Excel.Worksheet,
  charts: readonly Excel.Chart[],
  tables: readonly Excel.Table[],
  features: Pick<WriteFeatures, 'freeze'>,
): number {
  for (const table of tables) table.delete();
  const all = sheet.getRange();
  all.clear();
  all.conditionalFormats.clearAll();
  all.unmerge();
  all.columnHidden = false;
  for (const chart of charts) chart.delete();
  if (features.freeze) sheet.freezePanes.unfreeze();
  return 300 + (charts.length + tables.length) * 40;
}
