import { langOption } from './langOption';

describe('langOption', () => {
  it('reads fi, sv and en as a user types them, Finnish when not given, and nothing else', () => {
    expect(langOption(' SV ')).toBe('sv');
    expect(langOption('En')).toBe('en');
    expect(langOption(undefined)).toBe('fi');
    expect(langOption('de')).toBeNull();
    expect(langOption('')).toBeNull();
  });
});
