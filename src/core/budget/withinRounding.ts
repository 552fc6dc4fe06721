/** The rounding rule: a sum may miss its total by the rounding of the amounts summed. */
import { ROUNDING_PER_SUBROW } from './budgetTolerances';

/**
 * True when `difference` (a total minus the sum of `lines` amounts) is no more than the lines' rounding:
 * each amount is shown rounded to a whole unit, so each may carry `ROUNDING_PER_SUBROW` of error.
 * @example withinRounding(-1, 6) //=> true (seed 002's costs: six lines sum to one unit off their total)
 * @example withinRounding(50, 4) //=> false
 */
export function withinRounding(difference: number, lines: number): boolean {
  return Math.abs(difference) <= lines * ROUNDING_PER_SUBROW + 1e-6;
}
