/** The verdict counts of the last run's indicators, in the pane's status area. */
import type { Locale, VerdictCounts } from '../../core';
import { useChipStyles } from '../useChipStyles';
import { renderIndicatorCounts } from './renderIndicatorCounts';

export interface IndicatorCountsProps {
  /** The report's `totals.indicators`; absent from reports made before indicators were read. */
  counts: VerdictCounts | undefined;
  locale: Locale;
  /** The pane's panel class, so the counts sit in a panel like the status counts. */
  className?: string;
}

/**
 * The indicators' verdict counts in a panel, or nothing when the workbook has no indicators.
 * @example <IndicatorCounts counts={report.totals.indicators} locale={getLocale('fi')} className={styles.panel} />
 */
export function IndicatorCounts({ counts, locale, className }: IndicatorCountsProps) {
  const styles = useChipStyles();
  const drawn = counts ? renderIndicatorCounts(counts, locale, styles) : null;
  return drawn && <div className={className}>{drawn}</div>;
}
