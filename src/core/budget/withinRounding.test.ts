import { withinRounding } from './withinRounding';

describe('withinRounding', () => {
  it('forgives a total one unit off per line summed, as whole-unit rounding can make it', () => {
    // Seed 002's costs: six lines in 1 000 € that sum to one unit off their total.
    expect(withinRounding(-1, 6)).toBe(true);
    expect(withinRounding(6, 6)).toBe(true);
    expect(withinRounding(-6, 6)).toBe(true);
  });

  it('does not forgive more than the lines can carry, in either direction', () => {
    expect(withinRounding(7, 6)).toBe(false);
    expect(withinRounding(-50, 4)).toBe(false);
    expect(withinRounding(1.5, 1)).toBe(false);
  });
});
