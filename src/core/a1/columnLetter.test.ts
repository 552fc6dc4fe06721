import { columnLetter } from './columnLetter';
import { columnNumber } from './columnNumber';

describe('columnLetter', () => {
  it('names columns as Excel does, past Z and past ZZ', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(27)).toBe('AA');
    expect(columnLetter(52)).toBe('AZ');
    expect(columnLetter(703)).toBe('AAA');
  });
  it('round-trips with columnNumber for every column Excel has', () => {
    for (let c = 1; c <= 16384; c += 97) expect(columnNumber(columnLetter(c))).toBe(c);
  });
  it('refuses a column that cannot exist (a programming error)', () => {
    expect(() => columnLetter(0)).toThrow(RangeError);
  });
});
