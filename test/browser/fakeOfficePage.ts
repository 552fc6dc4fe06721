/** Entry of the fake Office bundle the browser test serves in place of office.js: the fake Excel over the test workbook. */
import { createFakeWorkbook, installFakeOffice, type FakeSheetInit, type FakeWorkbook } from '../fake-excel';
import { browserWorkbook } from './browserWorkbook';

declare global {
  interface Window {
    /** The fake workbook, for the test to read back with `page.evaluate`. */
    __seurantaFake: FakeWorkbook;
  }
}

/** `taskpane.html?workbook=empty|plain` opens a blank workbook or one without any table the readers know. */
function sheetsFor(kind: string | null): FakeSheetInit[] {
  if (kind === 'empty') return [{ sheet: 'Taul1', values: [] }];
  if (kind === 'plain') {
    return [
      {
        sheet: 'Muistiinpanot',
        values: [
          ['Kokousmuistio 12.3.2024'],
          ['Läsnä', 'Anna-Liisa Koivisto, Mira Heimo-Mulinga'],
          ['Asia', 'Päätös'],
          ['Kotihoidon lisäresurssit', 'Valmistellaan seuraavaan kokoukseen'],
        ],
      },
    ];
  }
  return browserWorkbook().sheets;
}

/** Office's Black and White themes, as Excel reports them in `Office.context.officeTheme`. */
const THEMES: Record<string, Office.OfficeTheme> = {
  dark: {
    isDarkTheme: true,
    themeId: 0 as Office.ThemeId,
    bodyBackgroundColor: '#262626',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#363636',
    controlForegroundColor: '#FFFFFF',
  },
  light: {
    isDarkTheme: false,
    themeId: 3 as Office.ThemeId,
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#262626',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#262626',
  },
};

/** `?workbook=`: which workbook; `?theme=dark|light`: Office's theme (none by default); `?delay=800`: ms per Excel.run. */
const query = new URLSearchParams(window.location.search);
const theme = THEMES[query.get('theme') ?? ''];
window.__seurantaFake = installFakeOffice(
  window,
  createFakeWorkbook(sheetsFor(query.get('workbook')), { excelApi: '1.17' }),
  theme === undefined ? {} : { officeTheme: theme },
);
window.__seurantaFake.faults.runDelayMs = Number(query.get('delay') ?? 0) || 0;
