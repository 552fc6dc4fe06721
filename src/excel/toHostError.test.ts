import { HostError } from './HostError';
import { toHostError } from './toHostError';

describe('toHostError', () => {
  it('maps the refusals a user can fix to their own codes', () => {
    expect(toHostError({ code: 'AccessDenied', message: 'protected' }).code).toBe('protectedSheet');
    expect(toHostError({ code: 'InvalidOperationInCellEditMode', message: 'editing' }).code).toBe('cellEditMode');
    expect(toHostError({ code: 'ResponsePayloadSizeLimitExceeded', message: 'big' }).code).toBe('tooLarge');
    expect(toHostError({ code: 'ApiNotFound', message: 'old Excel' }).code).toBe('unsupported');
  });
  it('takes an InvalidOperation that blames no statement of the batch for cell-edit mode, as Microsoft documents it', () => {
    const refused = {
      code: 'InvalidOperation',
      message: 'The operation attempted is invalid on the object.',
      debugInfo: { code: 'InvalidOperation' },
    };
    expect(toHostError(refused)).toMatchObject({ code: 'cellEditMode', officeCode: 'InvalidOperation' });
    const worded = {
      ...refused,
      message: 'Excel is in cell-editing mode.',
      debugInfo: { code: 'InvalidOperation', errorLocation: 'Range.values' },
    };
    expect(toHostError(worded).code).toBe('cellEditMode');
  });
  it("keeps an InvalidOperation of one statement (e.g. deleting the last visible sheet) as unexpected, with Excel's words", () => {
    const lastSheet = {
      code: 'InvalidOperation',
      message: 'A workbook must contain at least one visible worksheet.',
      debugInfo: { code: 'InvalidOperation', errorLocation: 'Worksheet.delete' },
    };
    expect(toHostError(lastSheet)).toMatchObject({ code: 'unexpected', detail: 'A workbook must contain at least one visible worksheet.' });
  });
  it("keeps anything else as unexpected with Excel's own words and code", () => {
    const e = toHostError(Object.assign(new Error('An internal error has occurred.'), { code: 'GeneralException' }), true);
    expect(e).toMatchObject({
      code: 'unexpected',
      detail: 'An internal error has occurred.',
      officeCode: 'GeneralException',
      undone: true,
    });
    expect(toHostError('boom')).toMatchObject({ code: 'unexpected', detail: 'boom', officeCode: null });
  });
  it('passes a HostError through, marking it undone when asked', () => {
    const e = new HostError('protectedSheet', 'Protected: Talous', 'AccessDenied');
    expect(toHostError(e)).toBe(e);
    const structure = new HostError('protectedStructure', 'The workbook structure is protected.', null);
    expect(toHostError(structure)).toBe(structure);
    expect(toHostError(e, true)).toMatchObject({ code: 'protectedSheet', undone: true });
  });
});
