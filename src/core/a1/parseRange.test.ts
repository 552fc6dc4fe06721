import fc from 'fast-check';
import { columnNumber } from './columnNumber';
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
  it('reads a plain address by its shortcut exactly as the A1 rule reads it', () => {
    const rule = (a1: string) => {
      const m = /^([A-Za-z]{1,3})(\d+)$/.exec(a1);
      if (!m || !m[1] || !m[2] || Number(m[2]) < 1) return undefined;
      const row = Number(m[2]);
      const col = columnNumber(m[1]);
      return { top: row, left: col, bottom: row, right: col };
    };
    const piece = fc.constantFrom('A', 'D', 'Z', 'AB', 'XFD', 'c', '0', '7', '12', '1048576', '9999999999', ' ', '$');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 5 }).map((p) => p.join('')),
        (a1) => {
          const expected = rule(a1.trim());
          if (expected !== undefined && !a1.includes('$')) expect(parseRange(a1)).toEqual(expected);
          else if (/^[A-Z]{1,3}\d+$/.test(a1)) expect(parseRange(a1)).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });
});
