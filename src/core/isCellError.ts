/** Tells a spreadsheet error value apart from data. */
import type { CellError, CellValue } from './grid';

/**
 * True when the cell holds a spreadsheet error such as `#REF!`.
 * @example isCellError({ error: '#REF!' }) //=> true
 */
export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}
