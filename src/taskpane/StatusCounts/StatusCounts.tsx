/** The status counts of the last run, each in its palette colour, as on the summary sheet. */
import { makeStyles, tokens, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { CSSProperties } from 'react';
import { CANONICAL_STATUSES, STATUS_PALETTE, type CanonicalStatus, type Locale } from '../../core';
import type { PaneCounts } from '../paneTypes';
import { readableTextColour } from '../readableTextColour';

export interface StatusCountsProps {
  counts: PaneCounts;
  locale: Locale;
}

const useStatusCountsStyles = makeStyles({
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
    // The palette comes in as variables so that forced colours (Windows high contrast) can still replace it.
    border: `${tokens.strokeWidthThick} solid var(--chip-border)`,
    backgroundColor: 'var(--chip-fill)',
    color: 'var(--chip-text)',
    '@media (forced-colors: active)': {
      border: `${tokens.strokeWidthThick} solid CanvasText`,
      backgroundColor: 'Canvas',
      color: 'CanvasText',
    },
  },
  count: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Badges "Toteutunut 40", "Osittain 12", … for the statuses that occur, with the total.
 * @example <StatusCounts counts={report.totals} locale={getLocale('fi')} />
 */
export function StatusCounts({ counts, locale }: StatusCountsProps) {
  const styles = useStatusCountsStyles();
  const present = CANONICAL_STATUSES.filter((s: CanonicalStatus) => (counts.byStatus[s] ?? 0) > 0);
  return (
    <section className={styles.root} aria-label={locale.ui.statusHeading}>
      <Subtitle2>
        {locale.ui.statusHeading} <Caption1>({counts.total})</Caption1>
      </Subtitle2>
      <ul className={styles.list}>
        {present.map((status) => {
          const style = STATUS_PALETTE[status];
          return (
            <li
              key={status}
              className={styles.badge}
              data-status={status}
              style={
                {
                  '--chip-fill': style.fill ?? 'transparent',
                  // An outlined chip has no fill of its own: its text takes the theme's, so it reads in the dark theme too.
                  '--chip-text': style.fill === null ? tokens.colorNeutralForeground1 : readableTextColour(style.fontColor, style.fill),
                  '--chip-border': style.outline ?? style.fill ?? 'transparent',
                  textDecoration: style.strike ? 'line-through' : undefined,
                } as CSSProperties
              }
            >
              {locale.statusLabels[status]} <span className={styles.count}>{counts.byStatus[status]}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
