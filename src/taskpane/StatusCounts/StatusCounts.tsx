/** The status counts of the last run, each in its palette colour, as on the summary sheet. */
import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { CANONICAL_STATUSES, STATUS_PALETTE, type CanonicalStatus, type Locale } from '../../core';
import type { PaneCounts } from '../paneTypes';
import { chipColours } from '../chipColours';
import { useChipStyles } from '../useChipStyles';

export interface StatusCountsProps {
  counts: PaneCounts;
  locale: Locale;
}

/**
 * Badges "Toteutunut 40", "Osittain 12", … for the statuses that occur, with the total.
 * @example <StatusCounts counts={report.totals} locale={getLocale('fi')} />
 */
export function StatusCounts({ counts, locale }: StatusCountsProps) {
  const styles = useChipStyles();
  const present = CANONICAL_STATUSES.filter((s: CanonicalStatus) => (counts.byStatus[s] ?? 0) > 0);
  return (
    <section className={styles.root} aria-label={locale.ui.statusHeading}>
      <Subtitle2>
        {locale.ui.statusHeading} <Caption1>({counts.total})</Caption1>
      </Subtitle2>
      <ul className={styles.list}>
        {present.map((status) => (
          <li key={status} className={styles.badge} data-status={status} style={chipColours(STATUS_PALETTE[status])}>
            {locale.statusLabels[status]} <span className={styles.count}>{counts.byStatus[status]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
