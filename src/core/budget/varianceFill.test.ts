import { VARIANCE_COLORS } from '../palette';
import { varianceFill } from './varianceFill';

describe('varianceFill', () => {
  it('colours a cost over its reference red and under it green (seed 002 personnel and purchases)', () => {
    expect(varianceFill(-123909, -109446)).toBe(VARIANCE_COLORS.bad);
    expect(varianceFill(-222543, -238792)).toBe(VARIANCE_COLORS.good);
  });
  it('colours a revenue under its reference red and over it green', () => {
    expect(varianceFill(683, 1528)).toBe(VARIANCE_COLORS.bad);
    expect(varianceFill(19658, 17024)).toBe(VARIANCE_COLORS.good);
  });
  it('leaves a variance within 2 % neutral', () => {
    expect(varianceFill(-371217, -378568)).toBe(VARIANCE_COLORS.neutral);
    expect(varianceFill(102, 100)).toBe(VARIANCE_COLORS.neutral);
    expect(varianceFill(97.9, 100)).toBe(VARIANCE_COLORS.bad);
  });
  it('measures partial-year actuals in points of the whole budget, as the pace check does', () => {
    // Materials: 4 863 used of 9 259 after half a year is 52.5 %: 2.5 points over.
    expect(varianceFill(-4863, -9259 / 2, -9259)).toBe(VARIANCE_COLORS.bad);
    expect(varianceFill(-4720, -9259 / 2, -9259)).toBe(VARIANCE_COLORS.neutral);
  });
  it('gives no colour without both sides', () => {
    expect(varianceFill(null, 100)).toBeNull();
    expect(varianceFill(100, 0)).toBeNull();
  });
});
