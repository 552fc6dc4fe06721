import { langFromArgs } from './langFromArgs';

describe('langFromArgs', () => {
  it('finds --lang in either spelling, any case', () => {
    expect(langFromArgs(['validate', 'a.xlsx', '--lang', 'sv'])).toBe('sv');
    expect(langFromArgs(['report', '--lang=EN', 'a.xlsx'])).toBe('en');
  });

  it('falls back to Finnish when the language is absent or not one of ours', () => {
    expect(langFromArgs(['validate', 'a.xlsx'])).toBe('fi');
    expect(langFromArgs(['validate', 'a.xlsx', '--lang', 'de'])).toBe('fi');
    expect(langFromArgs(['validate', 'a.xlsx', '--lang'])).toBe('fi');
  });
});
