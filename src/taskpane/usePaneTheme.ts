/** The pane's theme, kept current: Office's theme or the system's can change while the pane is open. */
import { useEffect, useState } from 'react';
import { paneThemeOf, type PaneTheme } from './paneThemeOf';

const DARK_QUERY = '(prefers-color-scheme: dark)';
/** Office announces no theme change to Excel add-ins: the pane looks again this often, and whenever it gets focus. */
const RECHECK_MS = 3000;

/**
 * The theme to draw in, from Office's body colour (read again on focus, on becoming visible and every few seconds)
 * and the system's colour scheme (followed as it changes).
 * @example const theme = usePaneTheme(() => office.bodyBackground) //=> 'dark' in Office's Black theme
 */
export function usePaneTheme(officeBackground: () => string | undefined): PaneTheme {
  const [theme, setTheme] = useState<PaneTheme>(() => currentTheme(officeBackground));
  useEffect(() => {
    const update = () => setTheme(currentTheme(officeBackground));
    const media = window.matchMedia?.(DARK_QUERY);
    media?.addEventListener('change', update);
    window.addEventListener('focus', update);
    document.addEventListener('visibilitychange', update);
    const timer = window.setInterval(update, RECHECK_MS);
    return () => {
      media?.removeEventListener('change', update);
      window.removeEventListener('focus', update);
      document.removeEventListener('visibilitychange', update);
      window.clearInterval(timer);
    };
  }, [officeBackground]);
  return theme;
}

function currentTheme(officeBackground: () => string | undefined): PaneTheme {
  return paneThemeOf(officeBackground(), window.matchMedia?.(DARK_QUERY).matches ?? false);
}
