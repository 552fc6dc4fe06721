/** The task pane's entry: waits for Office, then draws the pane over the Office.js host (the only place they meet). */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createOfficeWorkbookHost } from '../excel/createOfficeWorkbookHost';
import { appUseCases } from './appUseCases';
import { TaskPane } from './TaskPane/TaskPane';

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (container === null) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane host={createOfficeWorkbookHost()} useCases={appUseCases} />
    </FluentProvider>,
  );
});
