/** The dates a bare year in a schedule stands for. */
import { isoDate } from './isoDate';
import type { DateRange } from './monthRange';

/**
 * A year alone runs from 1 January to 31 December.
 * @example yearRange(2021) //=> { start: '2021-01-01', end: '2021-12-31' }
 */
export function yearRange(year: number): DateRange | null {
  const start = isoDate(year, 1, 1);
  const end = isoDate(year, 12, 31);
  return start === null || end === null ? null : { start, end };
}
