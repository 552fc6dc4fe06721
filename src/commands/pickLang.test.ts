import { pickLang } from './pickLang';

describe('pickLang', () => {
  it('prefers the saved language, then Swedish or English Office, else Finnish', () => {
    expect(pickLang('en', 'sv-FI')).toBe('en');
    expect(pickLang(undefined, 'sv-FI')).toBe('sv');
    expect(pickLang(undefined, 'en-GB')).toBe('en');
    expect(pickLang(undefined, 'de-DE')).toBe('fi');
    expect(pickLang(undefined, undefined)).toBe('fi');
  });
});
