import { parseRange } from './parseRange';
import { rangeAddress } from './rangeAddress';
import { sheetRef } from './sheetRef';

describe('parseRange', () => {
  it('reads a range with a quoted sheet prefix and dollar signs', () => {
    expect(parseRange("'Tiedolla johtaminen'!$B$3:F20")).toEqual({ top: 3, left: 2, bottom: 20, right: 6 });
  });
  it('reads a single cell and writes it back as one address', () => {
    const r = parseRange('c7');
    expect(r).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
    expect(rangeAddress(r!)).toBe('C7');
  });
  it('gives null for text that is no reference, without throwing', () => {
    expect(parseRange('Toimenpide')).toBeNull();
    expect(parseRange('A0')).toBeNull();
  });
  it('quotes sheet names with apostrophes for formulas', () => {
    expect(sheetRef("Lasten'suojelu", 'C7')).toBe("'Lasten''suojelu'!C7");
  });
});
