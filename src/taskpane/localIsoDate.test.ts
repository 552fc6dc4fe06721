import fc from 'fast-check';
import { localIsoDate } from './localIsoDate';

describe('localIsoDate', () => {
  it('gives the calendar day the user sees, even just before midnight', () => {
    expect(localIsoDate(new Date(2024, 5, 30, 23, 59))).toBe('2024-06-30');
    expect(localIsoDate(new Date(2025, 0, 1, 0, 0))).toBe('2025-01-01');
  });

  it('round-trips through the local Date constructor', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1990, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), (d) => {
        const [y, m, day] = localIsoDate(d).split('-').map(Number);
        expect(new Date(y!, m! - 1, day!).toDateString()).toBe(d.toDateString());
      }),
    );
  });
});
