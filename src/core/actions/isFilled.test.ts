import { isFilled } from './isFilled';

describe('isFilled', () => {
  it('takes blanks, line breaks and no-break spaces for empty', () => {
    expect(isFilled(null)).toBe(false);
    expect(isFilled(' \n ')).toBe(false);
    expect(isFilled('\u00a0')).toBe(false);
    expect(isFilled(Number.NaN)).toBe(false);
  });
  it('takes text, numbers (0 too), dates, booleans and errors for filled', () => {
    expect(isFilled(' \nKyllä')).toBe(true);
    expect(isFilled(0)).toBe(true);
    expect(isFilled(new Date('2024-01-24'))).toBe(true);
    expect(isFilled(false)).toBe(true);
    expect(isFilled({ error: '#REF!' })).toBe(true);
  });
});
