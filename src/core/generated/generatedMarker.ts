/** How a sheet the tool made is recognised: by a marker it writes, never by its name. */
import type { SheetKind } from '../schema/sheetPlan';
import { SHEET_KINDS } from '../schema/vocabulary';

/** The marker cell: far enough right to stay out of the way; hosts hide its column. */
export const GENERATED_MARKER_CELL = { row: 1, col: 52, address: 'AZ1', column: 'AZ' } as const;

const PREFIX = 'seuranta:generated:';

/**
 * The text written into the marker cell of a generated sheet.
 * @example generatedMarker('summary') //=> 'seuranta:generated:summary'
 */
export function generatedMarker(kind: SheetKind): string {
  return PREFIX + kind;
}

/**
 * Reads a marker cell's value back into the kind of generated sheet, or null for a user's sheet.
 * @example generatedKindOf('seuranta:generated:budget') //=> 'budget'
 */
export function generatedKindOf(markerValue: unknown): SheetKind | null {
  if (typeof markerValue !== 'string' || !markerValue.startsWith(PREFIX)) return null;
  const kind = markerValue.slice(PREFIX.length);
  return (SHEET_KINDS as readonly string[]).includes(kind) ? (kind as SheetKind) : null;
}
