import { cellAddress } from './cellAddress';

describe('cellAddress', () => {
  it('spells a cell as Excel does, at the top of a sheet and far down and right', () => {
    expect(cellAddress(5, 3)).toBe('C5');
    expect(cellAddress(28, 2)).toBe('B28');
    expect(cellAddress(4_096, 64)).toBe('BL4096');
    expect(cellAddress(4_097, 2)).toBe('B4097');
    expect(cellAddress(102_018, 65)).toBe('BM102018');
    expect(cellAddress(1_048_576, 16_384)).toBe('XFD1048576');
  });

  it('gives the same address again for the same cell of another sheet', () => {
    const first = cellAddress(2_100, 7);
    expect(cellAddress(2_100, 7)).toBe(first);
    expect(cellAddress(2_100, 8)).toBe('H2100');
    expect(cellAddress(2_101, 7)).toBe('G2101');
  });

  it('refuses a row or column that no sheet has: a bug in the caller, not in the workbook', () => {
    expect(() => cellAddress(0, 1)).toThrow(RangeError);
    expect(() => cellAddress(1.5, 1)).toThrow(RangeError);
    expect(() => cellAddress(1, 0)).toThrow(RangeError);
    expect(() => cellAddress(1, 2.5)).toThrow(RangeError);
    expect(() => cellAddress(5_000, -1)).toThrow(RangeError);
  });
});
