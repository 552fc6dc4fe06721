/**
 * The pane's layout: a narrow column that reflows down to 320 CSS px (Excel's narrowest pane, or a 640 px pane at 200 %
 * zoom) without scrolling sideways; tokens only so it follows the theme.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { VISUALLY_HIDDEN } from '../visuallyHidden';

export const useTaskPaneStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    // A long sheet name or message breaks rather than widening the pane.
    overflowWrap: 'anywhere',
  },
  // The language picker sits beside the title while both fit, and below it when they do not.
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flex: '1 1 9rem', minWidth: 0 },
  language: { flex: '0 1 8rem', minWidth: 0 },
  tagline: { color: tokens.colorNeutralForeground3 },
  settings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // Fluent's Input and Dropdown ask for 250 px: in a narrow pane they take the column's width instead.
  field: { minWidth: 0, width: '100%', maxWidth: '100%', boxSizing: 'border-box' },
  // Two buttons a row while their labels fit whole, one a row when they would be cut.
  actions: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 10.5rem), 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  action: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    minWidth: 0,
    maxWidth: 'none',
    height: 'auto',
    minHeight: '32px',
    whiteSpace: 'normal',
    overflowWrap: 'normal',
    hyphens: 'auto',
  },
  visuallyHidden: VISUALLY_HIDDEN,
  feedback: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
});

/** The class names the render steps draw with. */
export type TaskPaneStyles = ReturnType<typeof useTaskPaneStyles>;
