/** The pane's count chips (statuses, indicator verdicts): one look for every list of counts. */
import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * A heading over a wrapping list of rounded chips. A chip's colours come in as variables (`chipColours`), so that forced
 * colours (Windows high contrast) can still replace them with the system's.
 * @example const styles = useChipStyles(); <li className={styles.badge} style={chipColours(STATUS_PALETTE.done)}>
 */
export const useChipStyles = makeStyles({
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
