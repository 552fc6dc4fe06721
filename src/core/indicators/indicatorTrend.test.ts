import { indicatorTrend } from './indicatorTrend';

describe('indicatorTrend', () => {
  it('reads the last two values in the target’s direction', () => {
    expect(indicatorTrend([9.3, 8.8], { op: '<', value: 8, unit: '%' })).toBe('improving');
    expect(indicatorTrend([9.3, 8.8], { op: '>=', value: 14, unit: '%' })).toBe('worsening');
    expect(indicatorTrend([1, 5, 5], { op: '>', value: 3, unit: null })).toBe('flat');
    expect(indicatorTrend([3, 9], { op: '=', value: 10, unit: null })).toBe('improving');
    expect(indicatorTrend([8, 12], { op: '=', value: 10, unit: null })).toBe('flat');
  });

  it('has no trend with fewer than two values or no target', () => {
    expect(indicatorTrend([5], { op: '<', value: 8, unit: null })).toBeNull();
    expect(indicatorTrend([5, 6], null)).toBeNull();
  });
});
