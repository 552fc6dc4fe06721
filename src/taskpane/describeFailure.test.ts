import { HostError } from '../excel/HostError';
import { describeFailure } from './describeFailure';

/** Errors shaped as Office.js rejects a batch (OfficeExtension.Error: code + message). */
const officeError = (code: string, message: string) => Object.assign(new Error(message), { name: 'RichApi.Error', code });

describe('describeFailure', () => {
  it('advises leaving cell-edit mode when Excel refuses for it', () => {
    const e = officeError(
      'InvalidOperationInCellEditMode',
      'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB.',
    );
    expect(describeFailure(e)).toEqual({ intent: 'warning', key: 'errors.cellEditMode' });
  });

  it('explains a protected workbook structure in its own words', () => {
    const e = new HostError('protectedStructure', 'The workbook structure is protected.', null);
    expect(describeFailure(e)).toEqual({ intent: 'warning', key: 'errors.protectedStructure' });
  });

  it('explains a protected sheet', () => {
    const e = officeError('AccessDenied', "The cell or chart you're trying to change is on a protected sheet. (Talous)");
    expect(describeFailure(e)).toEqual({ intent: 'warning', key: 'errors.protectedSheet' });
  });

  it("reads the host's typed errors: a workbook too big for Excel on the web, an Excel too old", () => {
    expect(
      describeFailure(new HostError('tooLarge', 'The request payload size has exceeded the limit.', 'RequestPayloadSizeLimitExceeded')),
    ).toEqual({
      intent: 'warning',
      key: 'errors.tooLarge',
    });
    expect(describeFailure(new HostError('unsupported', 'charts.add needs ExcelApi 1.7.', 'ApiNotFound')).key).toBe('errors.unsupported');
    // An unexpected failure shows what Excel said, not the wrapper's name.
    expect(describeFailure(new HostError('unexpected', 'An internal error has occurred.', 'GeneralException'))).toEqual({
      intent: 'error',
      key: 'unexpectedError',
      params: { detail: 'An internal error has occurred.' },
    });
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
