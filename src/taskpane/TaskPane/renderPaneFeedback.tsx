/** What the pane says about the task: its progress while it runs, then its outcome. */
import { Body1, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { TaskPaneView } from './useTaskPane';
import type { TaskPaneStyles } from './useTaskPaneStyles';

/**
 * The progress bar and the notice, in one live region so a screen reader hears both.
 * @example renderPaneFeedback(useTaskPane(props), useTaskPaneStyles())
 * // "Yhteenveto luotu välilehdelle 'Yhteenveto': 12 toimenpidettä." and a close button
 */
export function renderPaneFeedback(view: TaskPaneView, styles: TaskPaneStyles) {
  return (
    <div className={styles.feedback} role="status" aria-live="polite">
      {view.progressText !== null && (
        <div className={styles.progress}>
          <ProgressBar thickness="large" />
          <Caption1>{view.progressText}</Caption1>
        </div>
      )}
      {view.notice !== null && renderNotice(view.notice, view.strings.dismiss, view.dismiss)}
    </div>
  );
}

/** The outcome's message, its hint on a line of its own, and a button that dismisses it. */
function renderNotice(notice: NonNullable<TaskPaneView['notice']>, dismissLabel: string, dismiss: () => void) {
  return (
    <MessageBar intent={notice.intent} data-testid="notice" layout="multiline">
      <MessageBarBody>
        {notice.text}
        {notice.hint !== null && (
          <>
            <br />
            <Body1>{notice.hint}</Body1>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={dismissLabel} icon={<DismissRegular />} onClick={dismiss} />}
      />
    </MessageBar>
  );
}
