/** Draws the verdict counts of the last run's indicators, each in its verdict colour, as on the summary sheet. */
import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { VERDICT_PALETTE, VERDICTS, type Locale, type VerdictCounts } from '../../core';
import { chipColours } from '../chipColours';

export interface IndicatorCountsStyles {
  root: string;
  list: string;
  badge: string;
  count: string;
}

/**
 * Badges "Saavutettu 8", "Ei saavutettu 8", … for the verdicts that occur, with the number of indicators;
 * nothing when the workbook has none.
 * @example renderIndicatorCounts({ met: 8, not_met: 8, no_data: 1, qualitative: 5, unreadable: 1 }, getLocale('fi'), styles)
 */
export function renderIndicatorCounts(counts: VerdictCounts, locale: Locale, styles: IndicatorCountsStyles) {
  const total = VERDICTS.reduce((n, v) => n + counts[v], 0);
  if (total === 0) return null;
  const present = VERDICTS.filter((v) => counts[v] > 0);
  return (
    <section className={styles.root} aria-label={locale.indicators.paneHeading}>
      <Subtitle2>
        {locale.indicators.paneHeading} <Caption1>({total})</Caption1>
      </Subtitle2>
      <ul className={styles.list}>
        {present.map((verdict) => (
          <li key={verdict} className={styles.badge} data-verdict={verdict} style={chipColours(VERDICT_PALETTE[verdict])}>
            {locale.indicators.verdictLabels[verdict]} <span className={styles.count}>{counts[verdict]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
