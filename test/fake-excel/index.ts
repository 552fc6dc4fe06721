/** The fake Excel host for tests: an in-memory workbook behind an Office.js-shaped API (no Node imports: it also runs in the browser). */
export {
  createFakeWorkbook,
  toSerial,
  type FakeWorkbook,
  type FakeSheetInit,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from './createFakeWorkbook';
export { installFakeOffice, type FakeOfficeOptions } from './installFakeOffice';
export { FakeOfficeError, FakeRequestContext } from './fakeExcelApi';
export { HOST_VERSIONS } from './hostVersions';
export { LATEST_EXCEL_API } from './excelApiMembers.generated';
export type { FakeWorkbookOptions, FakeStats, FakeFaults } from './model';
