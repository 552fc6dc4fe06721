import { isInRanges } from './isInRanges';

describe('isInRanges', () => {
  const budget = { top: 3, left: 1, bottom: 6, right: 4 };
  it('includes the edges of a range', () => {
    expect(isInRanges(3, 1, [budget])).toBe(true);
    expect(isInRanges(6, 4, [budget])).toBe(true);
  });
  it('excludes the cell just beside', () => {
    expect(isInRanges(3, 5, [budget])).toBe(false);
    expect(isInRanges(7, 1, [budget])).toBe(false);
    expect(isInRanges(3, 1, [])).toBe(false);
  });
});
