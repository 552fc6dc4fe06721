/**
 * The tolerances of the budget checks and colours, each stated once: the checks, the comparison sheet's
 * colours and the texts that tell the user the limits all read them from here.
 */

/** A sum may differ from its total by this much per subrow: each amount is rounded to a whole unit. */
export const ROUNDING_PER_SUBROW = 1;
/** A sheet's own percent may differ from the recomputed one by this many percentage points (whole-percent display). */
export const COMPUTED_PCT_TOLERANCE = 1;
/** A sheet's own "proposal − frame" may differ by this many units (both inputs rounded). */
export const COMPUTED_DIFFERENCE_TOLERANCE = 2;
/** Variances within this many percent of their reference are neutral (grey) on the comparison sheet; its legend says so. */
export const NEUTRAL_BAND_PCT = 2;
/** The neutral band as a fraction of the reference, as the colours compare it. */
export const NEUTRAL_BAND = NEUTRAL_BAND_PCT / 100;
/**
 * A cost line is over pace when it has used more of its budget than the share of the year passed plus this
 * many percentage points (e.g. over 52 % after 1-6); the sheet's pace note states that limit. It is the
 * neutral band, so the cost lines warned about are the ones whose actuals the sheet colours red.
 */
export const PACE_TOLERANCE_PCT = NEUTRAL_BAND_PCT;
