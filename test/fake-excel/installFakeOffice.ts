/** Puts `Office`, `Excel` and `OfficeExtension` on a global object, so code written for Office.js runs on the fake unchanged (Node or browser). */
import type { FakeWorkbook } from './createFakeWorkbook';
import { FakeOfficeError, FakeRequestContext } from './fakeExcelApi';
import type { FakeDialog } from './model';
import { excelEnums, hostHas } from './requirements';

export interface FakeOfficeOptions {
  /** `Office.context.officeTheme`: Office's theme colours (e.g. the Black theme's), or none, as on older hosts. */
  officeTheme?: Office.OfficeTheme;
}

/** Installs the fake on `target` (globalThis in Jest, window in the browser page) and returns it for chaining. */
export function installFakeOffice(target: object, workbook: FakeWorkbook, options: FakeOfficeOptions = {}): FakeWorkbook {
  const model = workbook.model;
  const docSettings = new Map<string, unknown>();
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
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
      get officeTheme() {
        return options.officeTheme;
      },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number) {
          return hostHas(model.options, `${name} ${String(minVersion ?? '1.1')}`);
        },
      },
      ui: {
        /** Opens at once; the test plays the user with `answerDialog`. */
        displayDialogAsync(url: string, _options: unknown, callback?: (result: unknown) => void) {
          const dialog: FakeDialog = { url, open: true, handlers: { message: [], event: [] } };
          model.dialogs.push(dialog);
          const value = {
            close: () => void (dialog.open = false),
            addEventHandler: (type: string, handler: (arg: { message: string } & { error: number }) => void) => {
              if (type === 'dialogMessageReceived') dialog.handlers.message.push((arg) => handler({ ...arg, error: 0 }));
              else if (type === 'dialogEventReceived') dialog.handlers.event.push((arg) => handler({ ...arg, message: '' }));
              else throw new Error(`unknown dialog event type ${type}`);
            },
          };
          setTimeout(() => callback?.({ status: 'succeeded', value }), 0);
        },
        messageParent: (message: string) => void model.messagesToParent.push(message),
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
    ...excelEnums(),
    RequestContext: FakeRequestContext,
    /** `Excel.run(batch)` or `Excel.run(options, batch)`. */
    run(...args: unknown[]): Promise<unknown> {
      return (workbook.run as (...a: unknown[]) => Promise<unknown>)(...args);
    },
  };
  const officeExtension = {
    Error: FakeOfficeError,
    ErrorCodes: { propertyNotLoaded: 'PropertyNotLoaded', generalException: 'GeneralException' },
  };
  Object.assign(target, { Office: office, Excel: excel, OfficeExtension: officeExtension });
  return workbook;
}
