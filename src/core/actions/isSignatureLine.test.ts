import { isSignatureLine } from './isSignatureLine';

describe('isSignatureLine', () => {
  it('takes a dated name line (seed 002) or a date for a signature', () => {
    expect(isSignatureLine('24.1.2024 Etunimi Sukunimi')).toBe(true);
    expect(isSignatureLine('2024-01-24 Etunimi Sukunimi')).toBe(true);
    expect(isSignatureLine(new Date('2024-01-24'))).toBe(true);
  });
  it('does not take numbered actions or schedules for one', () => {
    expect(isSignatureLine('1.a Konsultaatiokäytäntöjen kehittäminen')).toBe(false);
    expect(isSignatureLine('9-12/24 mennessä')).toBe(false);
    expect(isSignatureLine('12. Pehdyttäminen')).toBe(false);
    expect(isSignatureLine(45000)).toBe(false);
  });
});
