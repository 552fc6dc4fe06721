/** Feature checks against the ExcelApi requirement sets (the manifest asks for 1.6; anything newer is optional). */

/**
 * True when the running Excel supports `ExcelApi` at `version`; false outside Office.
 * @example isExcelApiSupported('1.7') //=> true in Excel on the web, false in Excel 2016 (ExcelApi 1.6)
 */
export function isExcelApiSupported(version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}
