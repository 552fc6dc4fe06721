/** The dates of a season or month once its year is known. */
import { monthRange, type DateRange } from './monthRange';
import type { Pending } from './schedulePoint';
import { seasonRange } from './seasonRange';

/**
 * The season's or month's first and last day in `year`; null for a year out of range.
 * @example pendingRange({ season: 'autumn' }, 2024) //=> { start: '2024-09-01', end: '2024-12-31' } ("syksy 2024")
 * @example pendingRange({ month: 9 }, 2021) //=> { start: '2021-09-01', end: '2021-09-30' } ("syyskuussa 2021")
 */
export function pendingRange(pending: Pending, year: number): DateRange | null {
  return 'season' in pending ? seasonRange(pending.season, year) : monthRange(year, pending.month);
}
