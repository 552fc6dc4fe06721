/** Writes the months partial-year actuals cover the way the finance office writes them: "1-6/2023". */
import type { ActualPeriod } from './readActualPeriod';

/**
 * The period as `from-to/year`, or `from-to` when the header gave no year; used in the pace warning,
 * the comparison sheet's pace note and its actuals column heading alike.
 * @example formatActualPeriod({ fromMonth: 1, toMonth: 6, year: 2023 }) //=> '1-6/2023' (actuals headed "Toteuma 30.6.2023")
 * @example formatActualPeriod({ fromMonth: 1, toMonth: 9, year: null }) //=> '1-9'
 */
export function formatActualPeriod(period: ActualPeriod): string {
  return `${period.fromMonth}-${period.toMonth}${period.year === null ? '' : `/${period.year}`}`;
}
