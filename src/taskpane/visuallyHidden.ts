/** Text for screen readers only: read out, never drawn. */
import type { GriffelStyle } from '@fluentui/react-components';

/**
 * The styles that take an element out of sight but not out of the accessibility tree (a count's word, "Virheitä: 2", beside
 * its icon; the live region's announcement).
 * @example makeStyles({ visuallyHidden: VISUALLY_HIDDEN })
 */
export const VISUALLY_HIDDEN: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
