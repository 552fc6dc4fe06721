/** The tolerances of the budget checks, in one place so the sheet's legend and the checks agree. */

/** A sum may differ from its total by this much per subrow: each amount is rounded to a whole unit. */
export const ROUNDING_PER_SUBROW = 1;
/** A sheet's own percent may differ from the recomputed one by this many percentage points (whole-percent display). */
export const COMPUTED_PCT_TOLERANCE = 1;
/** A sheet's own "proposal − frame" may differ by this many units (both inputs rounded). */
export const COMPUTED_DIFFERENCE_TOLERANCE = 2;
/**
 * A cost line is over pace when it has used more of its budget than the share of the year passed plus this
 * many percentage points (e.g. over 52 % after 1-6). The same 2 % as the neutral band of the comparison sheet.
 */
export const PACE_TOLERANCE_PCT = 2;
/** Variances within this fraction of their reference are neutral on the comparison sheet. */
export const NEUTRAL_BAND = 0.02;
