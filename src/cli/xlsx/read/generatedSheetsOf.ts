/** The tool's own sheets in a workbook read from a file, found by their marker cell. */
import { GENERATED_MARKER_CELL, generatedKindOf, type SheetKind, type WorkbookData } from '../../../core';

/**
 * Sheet name to kind for every sheet whose marker cell (AZ1) holds the tool's marker, so a rerun
 * replaces those sheets, whatever they are called now, and no user sheet.
 * @example generatedSheetsOf(data) //=> Map { 'Yhteenveto' => 'summary' }
 */
export function generatedSheetsOf(data: WorkbookData): Map<string, SheetKind> {
  const out = new Map<string, SheetKind>();
  const { row, col } = GENERATED_MARKER_CELL;
  for (const grid of data.sheets) {
    const kind = generatedKindOf(grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null);
    if (kind !== null) out.set(grid.sheet, kind);
  }
  return out;
}
