/** The pane's layout: a narrow column (Office gives the pane ~320 px), tokens only so it follows the theme. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTaskPaneStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  language: { flexShrink: 0, width: '112px' },
  tagline: { color: tokens.colorNeutralForeground3 },
  settings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  action: { justifyContent: 'flex-start', textAlign: 'start', minWidth: 0 },
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
