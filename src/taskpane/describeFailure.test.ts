import { describeFailure } from './describeFailure';

/** Errors shaped as Office.js rejects a batch (OfficeExtension.Error: code + message). */
const officeError = (code: string, message: string) => Object.assign(new Error(message), { name: 'RichApi.Error', code });

describe('describeFailure', () => {
  it('advises leaving cell-edit mode when Excel refuses for it', () => {
    const e = officeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB.');
    expect(describeFailure(e)).toEqual({ intent: 'warning', key: 'cellEditMode' });
  });

  it('explains a protected sheet', () => {
    const e = officeError('AccessDenied', "The cell or chart you're trying to change is on a protected sheet. (Talous)");
    expect(describeFailure(e)).toEqual({ intent: 'warning', key: 'protectedSheet' });
  });

  it('shows anything else with its own message', () => {
    expect(describeFailure(officeError('GeneralException', 'An internal error has occurred.'))).toEqual({
      intent: 'error',
      key: 'unexpectedError',
      params: { detail: 'An internal error has occurred.' },
    });
    expect(describeFailure('network down')).toMatchObject({ params: { detail: 'network down' } });
  });
});
