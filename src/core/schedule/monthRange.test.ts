import { monthRange } from './monthRange';

describe('monthRange', () => {
  it('runs from the first to the last day of the month, leap years included', () => {
    expect(monthRange(2021, 9)).toEqual({ start: '2021-09-01', end: '2021-09-30' });
    expect(monthRange(2024, 12)).toEqual({ start: '2024-12-01', end: '2024-12-31' });
    expect(monthRange(2024, 2)?.end).toBe('2024-02-29');
    expect(monthRange(2100, 2)?.end).toBe('2100-02-28');
    expect(monthRange(2024, 0)).toBeNull();
  });
});
