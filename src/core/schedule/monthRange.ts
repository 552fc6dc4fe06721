/** The first and last day of a calendar month, the span a schedule like "syyskuu 2021" covers. */
import { isoDate } from './isoDate';

export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/**
 * The month's first and last day as ISO dates; null for a month outside 1–12 or an impossible year.
 * @example monthRange(2024, 2) //=> { start: '2024-02-01', end: '2024-02-29' }
 */
export function monthRange(year: number, month: number): DateRange | null {
  const start = isoDate(year, month, 1);
  if (start === null) return null;
  // The last day is the largest of 31, 30, 29, 28 that exists, which covers leap years without a table.
  const end = isoDate(year, month, 31) ?? isoDate(year, month, 30) ?? isoDate(year, month, 29) ?? isoDate(year, month, 28);
  return end === null ? null : { start, end };
}
