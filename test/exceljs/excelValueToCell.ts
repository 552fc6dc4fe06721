/** Turns a value as ExcelJS gives it into a core cell value, as Excel shows it: part of the tests' independent reader. */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core';

/**
 * Rich text becomes its plain text, a formula its cached result, a hyperlink its text, an error
 * `{ error }`; dates stay `Date`. An empty string is an empty cell.
 * @example excelValueToCell({ richText: [{ text: 'Ei /' }, { text: '\nkorona' }] }) //=> 'Ei /\nkorona'
 * @example excelValueToCell({ formula: 'SUM(B2:B9)', result: 1234 }) //=> 1234
 */
export function excelValueToCell(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'object') return null;
  if ('error' in value && typeof value.error === 'string') return { error: value.error };
  if ('richText' in value && Array.isArray(value.richText)) {
    const text = value.richText.map((run) => run.text).join('');
    return text === '' ? null : text;
  }
  if ('hyperlink' in value) return excelValueToCell((value as { text?: ExcelJS.CellValue }).text);
  if ('formula' in value || 'sharedFormula' in value) {
    return excelValueToCell((value as { result?: ExcelJS.CellValue }).result);
  }
  return null;
}
