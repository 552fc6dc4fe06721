/** The task pane's entry: once Office is ready, draws the pane over the Office.js host. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { startInOffice } from '../excel/startInOffice';
import { appUseCases } from './appUseCases';
import { isDarkColour } from './isDarkColour';
import { TaskPane } from './TaskPane/TaskPane';

startInOffice(({ host, bodyBackground }) => {
  const container = document.getElementById('root');
  if (container === null) throw new Error('taskpane.html has no #root element');
  // officeTheme is missing on older hosts (and in the test's fake): light then.
  const dark = isDarkColour(bodyBackground);
  createRoot(container).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <TaskPane host={host} useCases={appUseCases} />
    </FluentProvider>,
  );
});
