/** Picks the colour of one budget comparison: red when the money goes the wrong way, green the right way, neutral when close. */
import { VARIANCE_COLORS } from '../palette';
import { NEUTRAL_BAND } from './budgetTolerances';

/**
 * The fill for a comparison `value` against the `reference` it should be near, both signed the sheet's way
 * (revenue positive, costs negative), so the lower one is always the worse for the budget: a cost above its
 * budget is more negative, a revenue under its budget is smaller. Within `NEUTRAL_BAND` of the reference
 * (relative to `scale`, by default the reference) is neutral. Partial-year actuals pass the share of the
 * budget as reference and the whole budget as scale, so the band is in percentage points of the budget,
 * as the pace check's. Null when either side is missing or the scale is 0.
 * @example varianceFill(-371217, -378568) //=> '#F2F2F2'
 * @example varianceFill(-123909, -109446) //=> '#F8696B'
 */
export function varianceFill(value: number | null, reference: number | null, scale = reference): string | null {
  if (value === null || reference === null || scale === null || scale === 0) return null;
  const relative = (value - reference) / Math.abs(scale);
  if (Math.abs(relative) <= NEUTRAL_BAND + 1e-9) return VARIANCE_COLORS.neutral;
  return relative < 0 ? VARIANCE_COLORS.bad : VARIANCE_COLORS.good;
}
