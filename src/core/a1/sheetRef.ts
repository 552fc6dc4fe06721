/** A sheet-qualified reference as Excel formulas write it. */

/**
 * Quotes a sheet name for use in a formula reference, doubling any apostrophe.
 * @example sheetRef("Lasten'suojelu", 'C7') //=> "'Lasten''suojelu'!C7"
 */
export function sheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
