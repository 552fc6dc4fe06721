/** Entry of the fake Office bundle the browser test serves in place of office.js: the fake Excel over the test workbook. */
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from '../fake-excel';
import { browserWorkbook } from './browserWorkbook';

declare global {
  interface Window {
    /** The fake workbook, for the test to read back with `page.evaluate`. */
    __seurantaFake: FakeWorkbook;
  }
}

window.__seurantaFake = installFakeOffice(window, createFakeWorkbook(browserWorkbook().sheets, { excelApi: '1.17' }));
