/** The task pane's entry: once Office is ready, draws the pane over the Office.js host, in Office's theme. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { WorkbookHost } from '../app/workbookHost';
import { startInOffice } from '../excel/startInOffice';
import { appUseCases } from './appUseCases';
import { TaskPane } from './TaskPane/TaskPane';
import { usePaneTheme } from './usePaneTheme';

startInOffice((office) => {
  const container = document.getElementById('root');
  if (container === null) throw new Error('taskpane.html has no #root element');
  const officeBackground = () => office.bodyBackground;
  createRoot(container).render(<ThemedPane host={office.host} officeBackground={officeBackground} />);
});

function ThemedPane({ host, officeBackground }: { host: WorkbookHost; officeBackground: () => string | undefined }) {
  const theme = usePaneTheme(officeBackground);
  const dark = theme === 'dark';
  // colorScheme: the browser's own parts (the date field's calendar icon, scroll bars) follow the theme too.
  useEffect(() => {
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ colorScheme: theme }} data-theme={theme}>
      <TaskPane host={host} useCases={appUseCases} />
    </FluentProvider>
  );
}
