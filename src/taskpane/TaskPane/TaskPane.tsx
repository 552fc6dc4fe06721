/** The Seuranta task pane: settings, the four buttons, progress, messages, status counts and issues. */
import { useTaskPane, type TaskPaneProps } from './useTaskPane';
import { useTaskPaneStyles } from './useTaskPaneStyles';
import { renderTaskPane } from './renderTaskPane';

/**
 * @example <TaskPane host={createOfficeWorkbookHost()} useCases={appUseCases} />
 */
export function TaskPane(props: TaskPaneProps) {
  const view = useTaskPane(props);
  const styles = useTaskPaneStyles();
  return renderTaskPane(view, styles);
}
