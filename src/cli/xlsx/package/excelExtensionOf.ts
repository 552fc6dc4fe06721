/** The file extension Excel requires of a package, by the content type of its workbook part. */

// Excel refuses to open a package whose extension says another kind than its workbook part.
const EXTENSION_OF_WORKBOOK_TYPE: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': '.xlsx',
  'application/vnd.ms-excel.sheet.macroenabled.main+xml': '.xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': '.xltx',
  'application/vnd.ms-excel.template.macroenabled.main+xml': '.xltm',
  'application/vnd.ms-excel.addin.macroenabled.main+xml': '.xlam',
};

/**
 * `.xlsm` for a macro workbook, `.xlsx` for a plain one; null for a type that is none of Excel's
 * (media types compare without case).
 * @example excelExtensionOf('application/vnd.ms-excel.sheet.macroEnabled.main+xml') //=> '.xlsm'
 */
export function excelExtensionOf(workbookContentType: string): string | null {
  return EXTENSION_OF_WORKBOOK_TYPE[workbookContentType.trim().toLowerCase()] ?? null;
}

/**
 * Every extension `excelExtensionOf` gives: an output named with one of these must have the right one.
 * @example EXCEL_EXTENSIONS.has('.xlsm') //=> true
 */
export const EXCEL_EXTENSIONS: ReadonlySet<string> = new Set(Object.values(EXTENSION_OF_WORKBOOK_TYPE));
