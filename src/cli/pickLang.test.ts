import { pickLang } from './pickLang';

describe('pickLang', () => {
  it('finds --lang in either spelling, any case', () => {
    expect(pickLang(['validate', 'a.xlsx', '--lang', 'sv'])).toBe('sv');
    expect(pickLang(['report', '--lang=EN', 'a.xlsx'])).toBe('en');
  });

  it('falls back to Finnish when the language is absent or not one of ours', () => {
    expect(pickLang(['validate', 'a.xlsx'])).toBe('fi');
    expect(pickLang(['validate', 'a.xlsx', '--lang', 'de'])).toBe('fi');
    expect(pickLang(['validate', 'a.xlsx', '--lang'])).toBe('fi');
  });
});
