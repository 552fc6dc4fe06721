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

const kind = new URLSearchParams(window.location.search).get('workbook');
window.__seurantaFake = installFakeOffice(window, createFakeWorkbook(sheetsFor(kind), { excelApi: '1.17' }));
