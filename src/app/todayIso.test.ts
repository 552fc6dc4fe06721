import { todayIso } from './todayIso';

describe('todayIso', () => {
  it('gives the local calendar date, padded', () => {
    expect(todayIso(new Date(2024, 5, 3, 0, 30))).toBe('2024-06-03');
    expect(todayIso(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });
});
