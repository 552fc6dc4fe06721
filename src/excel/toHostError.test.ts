import { HostError } from './HostError';
import { toHostError } from './toHostError';

describe('toHostError', () => {
  it('maps the refusals a user can fix to their own codes', () => {
    expect(toHostError({ code: 'AccessDenied', message: 'protected' }).code).toBe('protectedSheet');
    expect(toHostError({ code: 'InvalidOperationInCellEditMode', message: 'editing' }).code).toBe('cellEditMode');
    expect(toHostError({ code: 'ResponsePayloadSizeLimitExceeded', message: 'big' }).code).toBe('tooLarge');
    expect(toHostError({ code: 'ApiNotFound', message: 'old Excel' }).code).toBe('unsupported');
  });
  it("keeps anything else as unexpected with Excel's own words and code", () => {
    const e = toHostError(Object.assign(new Error('An internal error has occurred.'), { code: 'GeneralException' }), true);
    expect(e).toMatchObject({ code: 'unexpected', detail: 'An internal error has occurred.', officeCode: 'GeneralException', undone: true });
    expect(toHostError('boom')).toMatchObject({ code: 'unexpected', detail: 'boom', officeCode: null });
  });
  it('passes a HostError through, marking it undone when asked', () => {
    const e = new HostError('protectedSheet', 'Protected: Talous', 'AccessDenied');
    expect(toHostError(e)).toBe(e);
    expect(toHostError(e, true)).toMatchObject({ code: 'protectedSheet', undone: true });
  });
});
