import { isLatin1WordChar } from './isLatin1WordChar';

describe('isLatin1WordChar', () => {
  it('agrees with Unicode’s letters and digits on every Latin-1 code', () => {
    for (let c = 0; c <= 0xff; c++) expect([c, isLatin1WordChar(c)]).toEqual([c, /[\p{L}\p{N}]/u.test(String.fromCharCode(c))]);
  });
  it('says no above Latin-1, where the callers hand over to a regex', () => {
    expect(isLatin1WordChar('İ'.charCodeAt(0))).toBe(false);
  });
});
