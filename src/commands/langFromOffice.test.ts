import { langFromOffice } from './langFromOffice';

describe('langFromOffice', () => {
  it('prefers the saved language, then Swedish or English Office, else Finnish', () => {
    expect(langFromOffice('en', 'sv-FI')).toBe('en');
    expect(langFromOffice(undefined, 'sv-FI')).toBe('sv');
    expect(langFromOffice(undefined, 'en-GB')).toBe('en');
    expect(langFromOffice(undefined, 'de-DE')).toBe('fi');
    expect(langFromOffice(undefined, undefined)).toBe('fi');
  });
});
