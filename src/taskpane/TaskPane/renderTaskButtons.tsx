/** The four task buttons, the summary first and primary. */
import { Button } from '@fluentui/react-components';
import { CheckmarkCircle20Regular, DocumentTable20Regular, Money20Regular, PaintBucket20Regular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { PaneTask } from '../paneTypes';
import type { TaskPaneView } from './useTaskPane';
import type { TaskPaneStyles } from './useTaskPaneStyles';

const TASK_ICONS: Record<PaneTask, ReactElement> = {
  validate: <CheckmarkCircle20Regular />,
  summary: <DocumentTable20Regular />,
  budget: <Money20Regular />,
  colours: <PaintBucket20Regular />,
};
const TASKS: readonly PaneTask[] = ['summary', 'validate', 'budget', 'colours'];

/**
 * One button per task, all off while a task runs, yet still focusable: the button pressed keeps the focus (and says it
 * is unavailable) instead of dropping it to the page.
 * @example renderTaskButtons(useTaskPane(props), useTaskPaneStyles(), false) // "Luo yhteenveto", "Tarkista", …
 */
export function renderTaskButtons(view: TaskPaneView, styles: TaskPaneStyles, busy: boolean) {
  return (
    <section className={styles.actions}>
      {TASKS.map((task) => (
        <Button
          key={task}
          ref={view.taskButtonRef(task)}
          data-task={task}
          className={styles.action}
          appearance={task === 'summary' ? 'primary' : 'secondary'}
          icon={TASK_ICONS[task]}
          disabledFocusable={busy}
          onClick={() => view.run(task)}
        >
          {view.strings[task]}
        </Button>
      ))}
    </section>
  );
}
