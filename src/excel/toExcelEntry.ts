/** A plan's cell value as it must be written through `range.values` so Excel keeps it as it is. */
import type { PlanValue } from '../core';
import { fitCellText } from './fitCellText';

/**
 * Office.js takes a string written to `values` as if the user typed it: `=SUM(A1)` becomes a formula, `-5` and `2024` numbers,
 * `+358 40 123` and `@x` formulas. A leading apostrophe is Excel's quote prefix: the cell keeps the rest as text and the
 * apostrophe is not part of the value (it reads back without it). So every non-empty string gets one; numbers and booleans go
 * as they are, and an empty cell as ''. A text longer than a cell holds is cut to fit (see fitCellText).
 * @example toExcelEntry('=SUM(A1)') //=> "'=SUM(A1)"
 */
export function toExcelEntry(value: PlanValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'string') return value === '' ? '' : `'${fitCellText(value)}`;
  return value;
}
