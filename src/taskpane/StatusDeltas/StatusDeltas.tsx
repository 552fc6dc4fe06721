/** Beside the status counts: how each count moved since the earlier summary in the workbook's history. */
import { makeStyles, tokens, Caption1 } from '@fluentui/react-components';
import { CANONICAL_STATUSES, formatMessage, STATUS_PALETTE, type Changes, type Locale } from '../../core';

export interface StatusDeltasProps {
  changes: Changes | null;
  locale: Locale;
}

const useStatusDeltasStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  delta: {
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: 'solid',
  },
});

/** 31.3.2024, as the summary sheet writes dates. */
function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** +2, −1: a minus sign, not a hyphen, as screen readers say it. */
function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : `−${-delta}`;
}

/**
 * "Muutos 31.3.2024 jälkeen: Toteutunut +1, Käynnissä −1", each marked in its status colour; nothing without an
 * earlier summary or when no count moved.
 * @example <StatusDeltas changes={report.changes} locale={getLocale('fi')} />
 */
export function StatusDeltas({ changes, locale }: StatusDeltasProps) {
  const styles = useStatusDeltasStyles();
  if (changes === null) return null;
  const moved = CANONICAL_STATUSES.filter((s) => (changes.byStatusDelta[s] ?? 0) !== 0);
  if (moved.length === 0) return null;
  const heading = formatMessage(locale.history.paneDeltas, { date: shortDate(changes.since) });
  return (
    <section className={styles.root} aria-label={heading}>
      <Caption1>{heading}</Caption1>
      <ul className={styles.list}>
        {moved.map((status) => (
          <li
            key={status}
            className={styles.delta}
            data-status={status}
            style={{ borderLeftColor: STATUS_PALETTE[status].fill ?? STATUS_PALETTE[status].outline ?? STATUS_PALETTE[status].fontColor }}
          >
            {locale.statusLabels[status]} {signed(changes.byStatusDelta[status] ?? 0)}
          </li>
        ))}
      </ul>
    </section>
  );
}
