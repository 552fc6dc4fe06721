import { editDistanceWithin } from './editDistanceWithin';

describe('editDistanceWithin', () => {
  it('counts a fixed typo as one edit', () => {
    expect(editDistanceWithin('asiakaspalautten keraamisen', 'asiakaspalautteen keraamisen', 3)).toBe(1);
  });
  it('counts insertions, deletions and substitutions alike', () => {
    expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(3);
    expect(editDistanceWithin('', 'abc', 3)).toBe(3);
  });
  it('gives null past the limit, however the lengths compare', () => {
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBeNull();
    expect(editDistanceWithin('kotihoito', 'asiakaspalaute', 3)).toBeNull();
    expect(editDistanceWithin('abcdefgh', 'hgfedcba', 2)).toBeNull();
  });
  it('is zero for equal texts', () => {
    expect(editDistanceWithin('perhekeskus', 'perhekeskus', 0)).toBe(0);
  });
});
