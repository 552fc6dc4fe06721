/** Which theme the pane draws in: Office's own theme when Office tells it, else the system's. */
import { isDarkColour } from './isDarkColour';

export type PaneTheme = 'light' | 'dark';

/**
 * Office's body colour decides when Office gives one (a manager who picked Black in Excel gets a dark pane whatever
 * the system says); without it (Excel 2019, a browser) the system's `prefers-color-scheme` does.
 * @example paneThemeOf('#262626', false) //=> 'dark'  (Office's Black theme on a light system)
 * @example paneThemeOf(undefined, true) //=> 'dark'  (no Office theme, dark system)
 */
export function paneThemeOf(officeBackground: string | null | undefined, systemPrefersDark: boolean): PaneTheme {
  if (!isReadableColour(officeBackground)) return systemPrefersDark ? 'dark' : 'light';
  return isDarkColour(officeBackground) ? 'dark' : 'light';
}

function isReadableColour(value: string | null | undefined): value is string {
  return /^#?[0-9a-f]{6}$/i.test(value?.trim() ?? '');
}
