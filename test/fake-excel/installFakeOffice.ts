/** Puts `Office`, `Excel` and `OfficeExtension` on a global object, so code written for Office.js runs on the fake unchanged (Node or browser). */
import type { FakeWorkbook } from './createFakeWorkbook';
import { FakeOfficeError, FakeRequestContext } from './fakeExcelApi';

const ENUMS = {
  ConditionalFormatType: {
    custom: 'Custom',
    cellValue: 'CellValue',
    containsText: 'ContainsText',
    dataBar: 'DataBar',
    colorScale: 'ColorScale',
    iconSet: 'IconSet',
    topBottom: 'TopBottom',
    presetCriteria: 'PresetCriteria',
  },
  ChartType: { barClustered: 'BarClustered', columnClustered: 'ColumnClustered', pie: 'Pie', doughnut: 'Doughnut', line: 'Line' },
  ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  BorderIndex: { edgeTop: 'EdgeTop', edgeBottom: 'EdgeBottom', edgeLeft: 'EdgeLeft', edgeRight: 'EdgeRight' },
  BorderLineStyle: { none: 'None', continuous: 'Continuous' },
  HorizontalAlignment: { general: 'General', left: 'Left', center: 'Center', right: 'Right' },
  RangeValueType: { empty: 'Empty', string: 'String', double: 'Double', boolean: 'Boolean', error: 'Error' },
  ErrorCodes: {
    accessDenied: 'AccessDenied',
    apiNotFound: 'ApiNotFound',
    generalException: 'GeneralException',
    invalidArgument: 'InvalidArgument',
    invalidOperation: 'InvalidOperation',
    itemAlreadyExists: 'ItemAlreadyExists',
    itemNotFound: 'ItemNotFound',
    responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
    invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  },
};

function versionAtLeast(have: string, want: string): boolean {
  const [a = 0, b = 0] = have.split('.').map(Number);
  const [c = 0, d = 0] = want.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

/** Installs the fake on `target` (globalThis in Jest, window in the browser page) and returns it for chaining. */
export function installFakeOffice(target: object, workbook: FakeWorkbook): FakeWorkbook {
  const model = workbook.model;
  const docSettings = new Map<string, unknown>();
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: 'Excel', platform: model.options.platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      get platform() {
        return model.options.platform;
      },
      get displayLanguage() {
        return model.options.displayLanguage;
      },
      get contentLanguage() {
        return model.options.displayLanguage;
      },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number) {
          if (name !== 'ExcelApi') return false;
          return versionAtLeast(model.options.excelApi, String(minVersion ?? '1.1'));
        },
      },
      document: {
        settings: {
          get: (key: string) => (docSettings.has(key) ? docSettings.get(key) : null),
          set: (key: string, value: unknown) => void docSettings.set(key, value),
          remove: (key: string) => void docSettings.delete(key),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
        },
      },
    },
    actions: {
      associate(name: string, fn: (event: unknown) => unknown) {
        model.actions.set(name, fn);
      },
    },
  };
  const excel = {
    ...ENUMS,
    RequestContext: FakeRequestContext,
    run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      return workbook.run(batch);
    },
  };
  const officeExtension = { Error: FakeOfficeError, ErrorCodes: { propertyNotLoaded: 'PropertyNotLoaded', generalException: 'GeneralException' } };
  Object.assign(target, { Office: office, Excel: excel, OfficeExtension: officeExtension });
  return workbook;
}
