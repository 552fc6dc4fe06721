/** Office.js range values to the core's cell values. */
import type { CellValue } from '../core';

/**
 * Turns `values` + `valueTypes` into grid rows: empty cells to null, error cells (shown as text by Office.js) to `{ error }`.
 * Dates stay serial numbers, which the core reads as dates where a date belongs.
 * @example toGridValues([['Valmis', '', '#REF!', 45473]], [['String', 'Empty', 'Error', 'Double']])
 * //=> [['Valmis', null, { error: '#REF!' }, 45473]]
 */
export function toGridValues(values: readonly (readonly unknown[])[], valueTypes: readonly (readonly string[])[]): CellValue[][] {
  return values.map((row, i) =>
    row.map((v, j): CellValue => {
      const type = valueTypes[i]?.[j];
      if (type === 'Empty' || v === '' || v === null || v === undefined) return null;
      if (type === 'Error') return { error: String(v) };
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
      return String(v);
    }),
  );
}
