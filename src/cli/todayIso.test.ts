import { todayIso } from './todayIso';

describe('todayIso', () => {
  it('gives the local calendar day, zero-padded', () => {
    expect(todayIso(new Date(2024, 0, 5, 0, 30))).toBe('2024-01-05');
    expect(todayIso(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });
});
