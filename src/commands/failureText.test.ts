import { getLocale } from '../core';
import { HostError } from '../excel/HostError';
import { failureText } from './failureText';

describe('failureText', () => {
  it('gives the advice for errors the user can fix, in the chosen language', () => {
    const error = new HostError('protectedSheet', 'The cell is on a protected sheet.', 'AccessDenied');
    expect(failureText(error, getLocale('sv'))).toBe(getLocale('sv').ui.errors.protectedSheet);
  });
  it("shows Excel's own words inside the generic message otherwise", () => {
    const text = failureText(new HostError('unexpected', 'An internal error has occurred.', 'GeneralException'), getLocale('fi'));
    expect(text).toContain('An internal error has occurred.');
    expect(text.startsWith(getLocale('fi').ui.unexpectedError.split('{')[0] ?? '')).toBe(true);
  });
});
