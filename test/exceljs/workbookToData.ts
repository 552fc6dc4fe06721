/** Reads a loaded ExcelJS workbook into the core's WorkbookData, sheets in their tab order: the tests' independent reader. */
import type ExcelJS from 'exceljs';
import type { WorkbookData } from '../../src/core';
import { worksheetToGrid } from './worksheetToGrid';

/**
 * Every worksheet as a Grid, in the order the tabs show.
 * @example workbookToData(wb, 'seuranta.xlsx').sheets.map((g) => g.sheet) //=> ['Lastensuojelu', 'Talous']
 */
export function workbookToData(workbook: ExcelJS.Workbook, fileName: string | null): WorkbookData {
  return { fileName, sheets: workbook.worksheets.map((ws) => worksheetToGrid(ws)) };
}
