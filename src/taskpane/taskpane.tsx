/** The task pane's entry: waits for Office, then draws the pane over the Office.js host (the only place they meet). */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createOfficeWorkbookHost } from '../excel/createOfficeWorkbookHost';
import { appUseCases } from './appUseCases';
import { isDarkColour } from './isDarkColour';
import { TaskPane } from './TaskPane/TaskPane';

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (container === null) throw new Error('taskpane.html has no #root element');
  // officeTheme is missing on older hosts (and in the test's fake): light then.
  const dark = isDarkColour(Office.context.officeTheme?.bodyBackgroundColor);
  createRoot(container).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <TaskPane host={createOfficeWorkbookHost()} useCases={appUseCases} />
    </FluentProvider>,
  );
});
