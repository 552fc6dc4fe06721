/** The share of the year that partial-year actuals cover: the pace a cost line is held to. */
import type { ActualPeriod } from './readActualPeriod';

/**
 * The months of the period over twelve, as a fraction of the year. The pace check and the comparison
 * sheet's colours both hold actuals to it, so a cost line is flagged and coloured by the same share.
 * @example yearShare({ fromMonth: 1, toMonth: 6 }) //=> 0.5 (actuals headed "Toteuma Utfall 1-6/2023")
 * @example yearShare({ fromMonth: 1, toMonth: 9 }) //=> 0.75 (actuals headed "Toteuma Q3/2023")
 */
export function yearShare(period: Pick<ActualPeriod, 'fromMonth' | 'toMonth'>): number {
  return (period.toMonth - period.fromMonth + 1) / 12;
}
