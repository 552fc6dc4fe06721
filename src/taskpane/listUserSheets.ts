/** The sheets a manager may leave out: their own, not the ones Seuranta generated. */
import { isGeneratedGrid, type WorkbookData } from '../core';

/**
 * The names of the workbook's sheets in their order, without the tool's generated sheets (found by their marker).
 * @example listUserSheets({ sheets: [kotihoitoGrid, talousarvioGrid, yhteenvetoGrid] }) //=> ['Kotihoito', 'Talousarvio']
 */
export function listUserSheets(workbook: WorkbookData): string[] {
  return workbook.sheets.filter((grid) => !isGeneratedGrid(grid)).map((grid) => grid.sheet);
}
