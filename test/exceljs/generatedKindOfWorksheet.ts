/** Tells the tool's own sheets from the user's in an ExcelJS workbook, by the marker cell: the tests' independent check of a written copy. */
import type ExcelJS from 'exceljs';
import { GENERATED_MARKER_CELL, generatedKindOf, type SheetKind } from '../../src/core';
import { excelValueToCell } from './excelValueToCell';

/**
 * The kind of generated sheet this is, or null for a user's sheet.
 * @example generatedKindOfWorksheet(wb.getWorksheet('Yhteenveto (2)')) //=> 'summary'
 */
export function generatedKindOfWorksheet(worksheet: ExcelJS.Worksheet): SheetKind | null {
  return generatedKindOf(excelValueToCell(worksheet.getCell(GENERATED_MARKER_CELL.address).value));
}
