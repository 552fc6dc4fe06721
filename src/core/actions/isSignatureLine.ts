/** Tells a dated signature under a table ("24.1.2024 Etunimi Sukunimi") from an action. */
import type { CellValue } from '../grid';

const DATED = /^\s*(\d{1,2}\.\s?\d{1,2}\.\s?(\d{2}|\d{4})|\d{4}-\d{2}-\d{2})(?!\d)/;

/**
 * True when the cell opens with a full date (d.m.yyyy or ISO) or is a date: under a table, with the
 * rest of its row empty, that is who signed the plan and when, not an action.
 * @example isSignatureLine('24.1.2024 Etunimi Sukunimi') //=> true
 * @example isSignatureLine('1.a Konsultaatiokäytäntöjen kehittäminen') //=> false
 */
export function isSignatureLine(value: CellValue | undefined): boolean {
  if (value instanceof Date) return true;
  return typeof value === 'string' && DATED.test(value);
}
