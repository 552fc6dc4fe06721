import { paneThemeOf } from './paneThemeOf';

describe('paneThemeOf', () => {
  it("follows Office's theme when Office gives one, whatever the system prefers", () => {
    expect(paneThemeOf('#262626', false)).toBe('dark'); // Black
    expect(paneThemeOf('#444444', false)).toBe('dark'); // Dark Grey
    expect(paneThemeOf('#FFFFFF', true)).toBe('light'); // White on a dark system
  });

  it("follows the system's colour scheme where Office gives no theme", () => {
    expect(paneThemeOf(undefined, true)).toBe('dark');
    expect(paneThemeOf(undefined, false)).toBe('light');
    expect(paneThemeOf('', true)).toBe('dark');
  });
});
