import { isDarkColour } from './isDarkColour';

describe('isDarkColour', () => {
  it("reads Office's theme body colours: Black and Dark Grey are dark, White and Colorful are not", () => {
    expect(isDarkColour('#262626')).toBe(true);
    expect(isDarkColour('#444444')).toBe(true);
    expect(isDarkColour('#FFFFFF')).toBe(false);
    expect(isDarkColour('#f3f2f1')).toBe(false);
  });

  it('falls back to light when Office gives no theme', () => {
    expect(isDarkColour(undefined)).toBe(false);
    expect(isDarkColour('')).toBe(false);
    expect(isDarkColour('black')).toBe(false);
  });
});
