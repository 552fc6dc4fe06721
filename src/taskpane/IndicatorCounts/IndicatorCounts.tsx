/** The verdict counts of the last run's indicators, in the pane's status area. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale, VerdictCounts } from '../../core';
import { renderIndicatorCounts } from './renderIndicatorCounts';

export interface IndicatorCountsProps {
  /** The report's `totals.indicators`; absent from reports made before indicators were read. */
  counts: VerdictCounts | undefined;
  locale: Locale;
  /** The pane's panel class, so the counts sit in a panel like the status counts. */
  className?: string;
}

const useIndicatorCountsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    border: `${tokens.strokeWidthThick} solid transparent`,
  },
  count: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The indicators' verdict counts in a panel, or nothing when the workbook has no indicators.
 * @example <IndicatorCounts counts={report.totals.indicators} locale={getLocale('fi')} className={styles.panel} />
 */
export function IndicatorCounts({ counts, locale, className }: IndicatorCountsProps) {
  const styles = useIndicatorCountsStyles();
  const drawn = counts ? renderIndicatorCounts(counts, locale, styles) : null;
  return drawn && <div className={className}>{drawn}</div>;
}
