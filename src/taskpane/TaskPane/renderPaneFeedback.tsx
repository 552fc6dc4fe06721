/** What the pane says about the task: its progress while it runs, then its outcome. */
import { Body1, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { TaskPaneView } from './useTaskPane';
import type { TaskPaneStyles } from './useTaskPaneStyles';

/**
 * The progress bar and the notice, in one live region so a screen reader hears both, and what else it should hear
 * (an issue's cell selected).
 * @example renderPaneFeedback(useTaskPane(props), useTaskPaneStyles())
 * // "Yhteenveto luotu välilehdelle 'Yhteenveto': 12 toimenpidettä." and a close button
 */
export function renderPaneFeedback(view: TaskPaneView, styles: TaskPaneStyles) {
  return (
    <div className={styles.feedback} role="status" aria-live="polite">
      {view.progressText !== null && (
        <div className={styles.progress}>
          <ProgressBar thickness="large" aria-labelledby={view.ids.progress} />
          <Caption1 id={view.ids.progress}>{view.progressText}</Caption1>
        </div>
      )}
      {view.notice !== null && renderNotice(view, view.notice)}
      {view.announcement !== '' && <span className={styles.visuallyHidden}>{view.announcement}</span>}
    </div>
  );
}

/** The outcome's message, its hint on a line of its own, and a button that dismisses it. */
function renderNotice(view: TaskPaneView, notice: NonNullable<TaskPaneView['notice']>) {
  return (
    // Without a MessageBarTitle, Fluent's own aria-labelledby names nothing: the body names the notice instead.
    <MessageBar intent={notice.intent} data-testid="notice" layout="multiline" aria-labelledby={view.ids.notice}>
      <MessageBarBody id={view.ids.notice}>
        {notice.text}
        {notice.hint !== null && (
          <>
            <br />
            <Body1>{notice.hint}</Body1>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={view.strings.dismiss} icon={<DismissRegular />} onClick={view.dismiss} />
        }
      />
    </MessageBar>
  );
}
