import { foldActionNumber } from './foldActionNumber';

describe('foldActionNumber', () => {
  it('reads 3.a, 3a. and 3 A as one number', () => {
    expect(new Set(['3.a', '3a.', '3 A'].map(foldActionNumber))).toEqual(new Set(['3a']));
  });
  it('keeps other numbers apart and no number as none', () => {
    expect(foldActionNumber('3.b')).not.toBe(foldActionNumber('3.a'));
    expect(foldActionNumber(null)).toBeNull();
    expect(foldActionNumber(' . ')).toBeNull();
  });
});
