import { isoDate } from './isoDate';

describe('isoDate', () => {
  it('writes real days zero-padded and refuses days that do not exist', () => {
    expect(isoDate(2024, 9, 1)).toBe('2024-09-01');
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 4, 31)).toBeNull();
    expect(isoDate(2024, 13, 1)).toBeNull();
    expect(isoDate(24, 1, 1)).toBeNull();
    expect(isoDate(2024.5, 1, 1)).toBeNull();
  });
});
